import TaizhangDocument
import TaizhangDomain

extension StyleCheck {
    /// Three level-1 parts (工作开展情况 / 存在的问题 / 工作打算), subsections under the first,
    /// and no level skipped (一、 → （一） → 1. → （1）).
    static func structure(_ doc: SummaryDocument) -> [StyleFinding] {
        let headings = doc.blocks.compactMap { if case .heading(let h) = $0 { h } else { nil } }
        var out: [StyleFinding] = []
        let top = headings.filter { $0.level == 1 }
        if top.count != 3 {
            out.append(StyleFinding(rule: .structure, blockID: nil, text: top.map(\.text).joined(separator: "/"),
                                    message: "总结应分为“工作开展情况、存在的问题、工作打算”三部分，现有\(top.count)个一级标题。",
                                    messageEn: "A summary has three parts (work done, problems, plans); this one has \(top.count) level-1 headings."))
        }
        if let first = headings.first, first.level == 1, headings.dropFirst().first?.level != 2 {
            out.append(StyleFinding(rule: .structure, blockID: first.id, text: first.text,
                                    message: "工作开展情况应按工作领域分设（一）（二）……二级标题。",
                                    messageEn: "The work section should have one level-2 subsection per work area."))
        }
        var previous = 0
        for h in headings {
            if h.level > previous + 1 {
                out.append(StyleFinding(rule: .structure, blockID: h.id, text: h.text,
                                        message: "标题层级跳级：应按“一、（一）1.（1）”逐级使用。",
                                        messageEn: "Heading level skipped: use 一、 → （一） → 1. → （1） in order."))
            }
            previous = h.level
        }
        return out
    }

    /// A heading with nothing under it before the next heading of its level or above, or
    /// an empty paragraph.
    static func emptySections(_ doc: SummaryDocument) -> [StyleFinding] {
        var out: [StyleFinding] = []
        for (i, block) in doc.blocks.enumerated() {
            switch block {
            case .heading(let h):
                let next = doc.blocks.dropFirst(i + 1).first
                let empty: Bool
                if case .heading(let n)? = next { empty = n.level <= h.level } else { empty = next == nil }
                if empty {
                    out.append(StyleFinding(rule: .emptySection, blockID: h.id, text: h.text,
                                            message: "“\(h.text)”下没有内容。", messageEn: "Nothing under “\(h.text)”."))
                }
            case .paragraph(let p) where p.runs.plainText.trimmingCharacters(in: .whitespaces).isEmpty:
                out.append(StyleFinding(rule: .emptySection, blockID: p.id, text: "", message: "空段落。", messageEn: "Empty paragraph."))
            default: break
            }
        }
        return out
    }

    /// A growth rate above the plausible maximum, a 100% fall (the current value is zero),
    /// or any rate next to a zero.
    static func rates(_ p: Paragraph, _ context: StyleContext) -> [StyleFinding] {
        var out: [StyleFinding] = []
        let runs = p.runs
        for (i, run) in runs.enumerated() {
            guard case .number(let n) = run else { continue }
            let before = i > 0 ? String(runs[i - 1].text.suffix(6)) : ""
            if n.unit == "%", before.hasSuffix("增长") || before.hasSuffix("下降") || before.hasSuffix("增幅") || before.hasSuffix("降幅") {
                if n.value > context.comparison.maxPercent {
                    out.append(finding(.implausibleRate, p, before.suffix(4) + n.text,
                                       "增幅\(n.text)超出可信范围（>\(Int(context.comparison.maxPercent))%），应改为写明两期数值（如“由4件增至89件”）。",
                                       "A change of \(n.text) is implausible (over \(Int(context.comparison.maxPercent))%); state both values instead."))
                } else if before.hasSuffix("下降") && n.value >= 100 {
                    out.append(finding(.rateOnZero, p, "下降" + n.text, "本期数值为零，不应计算增减幅度。",
                                       "The current value is zero; no rate should be given."))
                }
            }
            if n.unit != "%", n.value == 0, i + 1 < runs.count {
                let after = String(runs[i + 1].text.prefix(12).prefix { $0 != "；" && $0 != "。" })
                if after.contains("同比") || after.contains("增长") || after.contains("下降") {
                    out.append(finding(.rateOnZero, p, n.text + after, "数值为零时不应写同比增减，可写“暂无…”或不写。",
                                       "No year-on-year rate on a zero; say there was none, or leave it out."))
                }
            }
        }
        return out
    }

    /// A catalog statistics name printed in the prose ("收缴非法出版物件数").
    static func rawNames(_ p: Paragraph, _ context: StyleContext) -> [StyleFinding] {
        // Quoted words (a supervisor's return comment, a title) are someone else's.
        let text = p.runs.plainText.replacing(/“[^”]*”/, with: "“”")
        return context.rawNames.filter { text.contains($0) }.map {
            finding(.rawName, p, $0, "“\($0)”是统计指标名称，正文应写成工作表述（如“收缴非法出版物89件”）。",
                    "“\($0)” is a statistics label; write it as the work done.")
        }
    }

    static func finding(_ rule: StyleFinding.Rule, _ p: Paragraph, _ text: String, _ zh: String, _ en: String) -> StyleFinding {
        StyleFinding(rule: rule, blockID: p.id, text: text, message: zh, messageEn: en)
    }
}
