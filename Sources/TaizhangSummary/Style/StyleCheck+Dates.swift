import TaizhangDocument
import TaizhangDomain

extension StyleCheck {
    /// Dates in the work section (section 1) must lie in the period; in the plans section
    /// (3) in the period after it. "M月D日" without a year is read in the period's own year
    /// (the plans' year when the next period starts a new year).
    static func dates(_ p: Paragraph, section: Int, _ context: StyleContext) -> [StyleFinding] {
        guard section == 1 || section == 3 else { return [] }
        let window = section == 1 ? context.period : context.period.next
        var out: [StyleFinding] = []
        for match in p.runs.plainText.matches(of: /(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日/) {
            let year = match.output.1.flatMap { Int($0) } ?? window.year
            guard let m = Int(match.output.2), let d = Int(match.output.3), (1...12).contains(m) else { continue }
            let date = CivilDate(year, m, min(max(d, 1), 28))
            if !window.contains(date) {
                let part = section == 1 ? "工作开展情况" : "工作打算"
                out.append(finding(.dateOutOfPeriod, p, String(match.output.0),
                                   "“\(match.output.0)”不在\(part)所述期间（\(window.chineseLabel)）内。",
                                   "“\(match.output.0)” lies outside \(window.englishLabel), the period this part covers."))
            }
        }
        return out
    }

    /// The 成文日期 belongs between the period's start and its summary due date.
    static func documentDate(_ doc: SummaryDocument, _ context: StyleContext) -> [StyleFinding] {
        let date = CivilDate(doc.date.year, doc.date.month, doc.date.day)
        let late = context.dueDate.map { date > $0 } ?? false
        guard date < context.period.start || late else { return [] }
        return [StyleFinding(rule: .dateOutOfPeriod, blockID: nil, text: doc.date.chinese,
                             message: "成文日期\(doc.date.chinese)应在\(context.period.chineseLabel)结束后、总结报送期限"
                                 + (context.dueDate.map { "（\($0.chinese)）" } ?? "") + "之前。",
                             messageEn: "The date \(doc.date.iso) should fall after the period and by the summary's due date.")]
    }

    /// Words that claim something a number in the same paragraph must support: 序时进度 and
    /// 目标任务 need a target, 同比 last year's figures, 佐证资料 ledger entries, 得分 the records
    /// the score is computed from.
    static let claimsNeedingData: [(words: String, kinds: Set<SourceRef.Kind>)] = [
        ("序时进度", [.target]), ("目标任务", [.target]), ("同比", [.lastYear]), ("去年同期", [.lastYear]),
        ("佐证资料", [.entry]), ("得分", [.record, .submission]),
    ]

    static func claims(_ p: Paragraph) -> [StyleFinding] {
        let text = p.runs.plainText
        let kinds = Set(p.runs.numbers.filter(\.traced).flatMap(\.trace).map(\.kind))
        return claimsNeedingData.filter { text.contains($0.words) && kinds.isDisjoint(with: $0.kinds) }.map {
            finding(.unsupportedClaim, p, $0.words, "“\($0.words)”的表述在本段没有数据支撑。",
                    "“\($0.words)” is not supported by any traced number in this paragraph.")
        }
    }
}
