import Foundation
import TaizhangDomain
import TaizhangText

/// Builds the import preview of a checked summary (pure: the server shows it, and
/// writes only what a person confirms).
///
/// - Each quantity becomes at most one candidate; percentages and changes (增长5%,
///   增加3场) are not ledger figures and are left out.
/// - A total followed by 其中 / 分别为 and figures of the same measure in the same
///   sentence is ONE candidate whose parts are listed under it: confirming it can never
///   count the parts again (57 performances stay 57, not 57 + 31).
/// - A running total (累计, 截至, 至今 … without 上半年/本期) is flagged, not imported.
/// - The title is the whole clause the figure stands in, without leading connectives.
/// - The period is the one chosen, else the document's own (DocumentPeriod).
public enum ImportPreviewBuilder {
    static let clauseBreaks: Set<Character> = [",", "，", ";", "；", "。", "!", "！", "?", "？", ":", "：", "\t"]
    static let sentenceEnds: Set<Character> = ["。", "!", "！", "?", "？", ";", "；"]
    static let leadingNoise = ["其中", "同时", "另外", "此外", "以及", "及", "和", "并", "共", "还", "已", "又", "另", "均"]
    static let partMarkers = ["其中", "分别为", "分别是"]
    static let runningWords = ["累计", "总计", "历年", "至今", "截至", "截止", "建成以来", "成立以来"]
    static let periodWords = ["上半年", "下半年", "1-6月", "1至6月", "今年", "本年", "本期", "半年", "季度", "本月", "年初以来", "以来新"]

    /// - Parameter existing: what the ledger holds for the unit and period, by indicator code.
    public static func build(text: String, report: DocumentReport, catalog: Catalog, period chosen: Period? = nil,
                             existing: [String: Double] = [:]) -> ImportPreview {
        let detected = DocumentPeriod.detect(in: text)
        let period = chosen ?? detected
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> [Character] in
            var chars = Array(line)
            if chars.last == "\r" { chars.removeLast() }
            return chars
        }
        var candidates = [ImportCandidate]()
        let byLine = Dictionary(grouping: report.quantities.filter(isLedgerFigure), by: \.line)
        for lineNumber in byLine.keys.sorted() {
            guard lineNumber - 1 < lines.count else { continue }
            let chars = lines[lineNumber - 1]
            let quantities = byLine[lineNumber]!.sorted { $0.column < $1.column }
            var consumed = Set<Int>()
            for (index, q) in quantities.enumerated() where !consumed.contains(index) {
                let parts = partIndices(of: index, in: quantities, chars)
                consumed.formUnion(parts)
                candidates.append(candidate(q, parts: parts.map { quantities[$0] }, chars: chars, catalog: catalog,
                                            period: period, existing: existing))
            }
        }
        return ImportPreview(documentPeriod: detected?.code, period: period?.code ?? "", candidates: candidates)
    }

    static func isLedgerFigure(_ q: Quantity) -> Bool {
        q.change == nil && !q.unit.hasSuffix("%") && !q.unit.hasSuffix("‰") && !q.unit.hasPrefix("/") && !q.unit.contains("百分点")
    }

    /// 其中/分别为 after a total: the later figures of the same measure in its sentence.
    static func partIndices(of index: Int, in quantities: [Quantity], _ chars: [Character]) -> [Int] {
        let total = quantities[index]
        let end = min(chars.count, total.column - 1 + total.text.count)
        var sentenceEnd = end
        while sentenceEnd < chars.count, !sentenceEnds.contains(chars[sentenceEnd]) { sentenceEnd += 1 }
        let measure = baseMeasure(total.unit)
        let following = quantities.indices.filter { $0 > index && quantities[$0].column - 1 < sentenceEnd && baseMeasure(quantities[$0].unit) == measure }
        guard let first = following.first else { return [] }
        let between = String(chars[end..<max(end, min(chars.count, quantities[first].column - 1))])
        guard partMarkers.contains(where: between.contains) else { return [] }
        return following
    }

    static func baseMeasure(_ unit: String) -> String {
        var unit = Substring(unit)
        while let first = unit.first, "万亿千百".contains(first), unit.count > 1 { unit = unit.dropFirst() }
        return String(unit)
    }

    static func candidate(_ q: Quantity, parts: [Quantity], chars: [Character], catalog: Catalog, period: Period?,
                          existing: [String: Double]) -> ImportCandidate {
        let title = self.title(of: q, chars)
        let before = clauseBefore(q, chars)
        let cumulative = runningWords.contains(where: before.contains) && !periodWords.contains(where: before.contains)
        let match = indicator(for: q, phrase: title, catalog: catalog)
        var reasons = [String]()
        if match == nil { reasons.append("未对应到指标 / no indicator recognised") }
        if cumulative { reasons.append("累计数,不是本期数 / a running total, not a count for the period") }
        if let (indicator, value) = match, indicator.valueType == .integer, value != value.rounded() {
            reasons.append("该指标须为整数 / the indicator takes whole numbers")
        }
        if period == nil { reasons.append("未识别期间,请选择 / no period: choose one") }
        let conflict = match.flatMap { existing[$0.0.code] }.map {
            "账内本期已有\(format($0))\(match!.0.measureWord) / the ledger already holds \(format($0)) for this period"
        }
        let partList = parts.map { part in
            ImportCandidate.Part(title: self.title(of: part, chars), value: match.map { value(of: part, in: $0.0) } ?? part.value,
                                 span: span(of: part))
        }
        return ImportCandidate(title: title, value: match?.1 ?? q.value, unit: match?.0.measureWord ?? q.unit, qualifier: q.qualifier,
                               indicatorCode: match?.0.code, indicatorName: match?.0.name, span: span(of: q), parts: partList,
                               period: period?.code ?? "", cumulative: cumulative, conflict: conflict,
                               importable: reasons.isEmpty, reasons: reasons)
    }

    /// The clause holding the figure, without leading connectives; a clause that is only
    /// the figure (…文艺演出:57场) takes the clause before it as its subject.
    static func title(of q: Quantity, _ chars: [Character]) -> String {
        let start = max(0, min(chars.count, q.column - 1)), end = min(chars.count, start + q.text.count)
        var from = start
        while from > 0, !clauseBreaks.contains(chars[from - 1]) { from -= 1 }
        var to = end
        while to < chars.count, !clauseBreaks.contains(chars[to]), !"、（(".contains(chars[to]) { to += 1 }
        if from == start, from > 0 {
            var previous = from - 1
            while previous > 0, !clauseBreaks.contains(chars[previous - 1]) { previous -= 1 }
            from = previous
        }
        var text = String(chars[from..<to]).trimmingCharacters(in: .whitespaces)
        var trimmed = true
        while trimmed {
            trimmed = false
            for word in leadingNoise where text.hasPrefix(word) && text.count > word.count + q.text.count {
                text.removeFirst(word.count); trimmed = true
            }
        }
        return String(text.filter { !clauseBreaks.contains($0) }.prefix(80))
    }

    static func clauseBefore(_ q: Quantity, _ chars: [Character]) -> String {
        let start = max(0, min(chars.count, q.column - 1))
        var from = start
        while from > 0, !sentenceEnds.contains(chars[from - 1]) { from -= 1 }
        return String(chars[from..<start])
    }

    static func span(of q: Quantity) -> SourceSpan {
        SourceSpan(line: q.line, column: q.column, length: q.text.count, text: q.text)
    }

    /// The catalog indicator and the value in its unit (1.2万人次 → 12000 for 人次).
    static func indicator(for q: Quantity, phrase: String, catalog: Catalog) -> (Indicator, Double)? {
        let phrase = phrase + q.subject
        if let indicator = catalog.match(phrase: phrase, measureWord: q.unit) { return (indicator, q.value) }
        for magnitude in ["万", "亿", "千"] where q.unit.hasPrefix(magnitude) {
            if let indicator = catalog.match(phrase: phrase, measureWord: String(q.unit.dropFirst())) { return (indicator, q.normalized) }
        }
        return nil
    }

    static func value(of q: Quantity, in indicator: Indicator) -> Double {
        q.unit == indicator.measureWord ? q.value : q.normalized
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
