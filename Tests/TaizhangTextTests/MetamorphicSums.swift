import Foundation
@testable import TaizhangText

/// A dev sum statement taken apart for `MetamorphicSumFormTests`: the words before the
/// total, the total, the connector and the parts, so that it can be written in another form
/// with the same figures. Taken apart when the total comes first and every figure of the gold
/// statement is found in order outside brackets; whatever follows a figure's unit up to the
/// next part's clause (a rate, a change, a bracketed note) stays with it as its tail.
struct SumStatement: Sendable {
    struct Part: Sendable { var label: String; var value: Double; var figure: String; var unit: String; var tail = "" }
    var head: String
    var total: Part
    /// What ends the total's clause (，。；:) and the connector after it (其中：, 包括, or none).
    var afterTotal: String
    var connector: String
    var separator: String
    var parts: [Part]

    static let connectors = ["其中：", "其中:", "其中，", "其中,", "其中", "包括", "含", "分别为", "主要有", "即"]
    static let clauseBreaks: Set<Character> = ["，", ",", "、", "；", ";", "。", "：", ":"]
    static let units = ["万人次", "亿人次", "万元", "亿元", "人次", "批次", "件次"]

    /// `statement` is the gold comparison, `total 4575件 = 3901 (承诺件) + 674 (即办件)`.
    init?(text: String, statement: String) {
        guard statement.hasPrefix("total "), !text.contains("\n") else { return nil }
        let sides = statement.dropFirst(6).components(separatedBy: " = ")
        guard sides.count == 2, let totalValue = Self.leadingNumber(sides[0]) else { return nil }
        let partValues = sides[1].components(separatedBy: " + ").map { Self.leadingNumber($0) }
        guard partValues.count >= 2, !partValues.contains(nil) else { return nil }
        let figures = MetamorphicProbe.figures(text).filter { !Self.inBrackets(text, $0.lowerBound) }
        guard let first = figures.first, Double(text[first]) == totalValue else { return nil }
        // The parts: the next figures of those values, in order.
        var found: [Range<String.Index>] = [], rest = figures.dropFirst()
        for value in partValues {
            guard let index = rest.firstIndex(where: { Double(text[$0]) == value }) else { return nil }
            found.append(rest[index]); rest = rest[(index + 1)...]
        }
        head = String(text[..<first.lowerBound])
        total = Self.part(text, label: "", figure: first)
        // Each part's label opens after the last clause break before its figure.
        var labels: [Range<String.Index>] = []
        var from = text.index(first.upperBound, offsetBy: total.unit.count)
        for figure in found {
            guard from <= figure.lowerBound else { return nil }
            let start = text[from..<figure.lowerBound].lastIndex { Self.clauseBreaks.contains($0) }.map { text.index(after: $0) } ?? from
            labels.append(start..<figure.lowerBound)
            from = text.index(figure.upperBound, offsetBy: Self.part(text, label: "", figure: figure).unit.count)
        }
        // Between the total's unit and the first label: its tail, a clause break, a connector.
        var between = String(text[text.index(first.upperBound, offsetBy: total.unit.count)..<labels[0].lowerBound])
        var firstLabel = String(text[labels[0]])
        var connector = Self.connectors.first { firstLabel.hasPrefix($0) } ?? ""
        firstLabel = String(firstLabel.dropFirst(connector.count))
        if connector.isEmpty, let word = Self.connectors.first(where: { between.hasSuffix($0) }) {
            connector = word; between = String(between.dropLast(word.count))
        }
        // (A total clause ends at a comma, stop or colon, never at 、; a 其中 before the first
        // part's clause means the parts were not found where the breakdown opens.)
        guard let close = between.last, Self.clauseBreaks.contains(close), close != "、", !between.contains("其中") else { return nil }
        total.tail = String(between.dropLast())
        afterTotal = String(close)
        self.connector = connector
        // Parts: label, figure, unit, and the tail up to the next label's clause break.
        var parts: [Part] = [], separators: [Character] = []
        for (index, figure) in found.enumerated() {
            var part = Self.part(text, label: index == 0 ? firstLabel : String(text[labels[index]]), figure: figure)
            let unitEnd = text.index(figure.upperBound, offsetBy: part.unit.count)
            let end = index + 1 < found.count ? labels[index + 1].lowerBound : text.endIndex
            var tail = String(text[unitEnd..<end])
            if index + 1 < found.count {
                guard let mark = tail.last, Self.clauseBreaks.contains(mark) else { return nil }
                separators.append(mark); tail.removeLast()
            }
            part.tail = tail
            parts.append(part)
        }
        guard Set(separators).count == 1 else { return nil }
        separator = String(separators[0])
        self.parts = parts
    }

    /// A figure with its unit: a compound unit, else one letter (件, 人, 个 …); a spaced unit keeps its space.
    static func part(_ text: String, label: String, figure: Range<String.Index>) -> Part {
        let after = text[figure.upperBound...]
        let spaced = after.hasPrefix(" ") ? " " : ""
        let rest = after.dropFirst(spaced.count)
        let unit = units.first { rest.hasPrefix($0) } ?? rest.first.map { Self.clauseBreaks.contains($0) || "（(".contains($0) ? "" : String($0) } ?? ""
        return Part(label: label, value: Double(text[figure]) ?? 0, figure: String(text[figure]), unit: spaced + unit)
    }

    static func inBrackets(_ text: String, _ index: String.Index) -> Bool {
        var depth = 0
        for character in text[..<index] {
            if "（(".contains(character) { depth += 1 } else if "）)".contains(character) { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    static func leadingNumber(_ side: String) -> Double? {
        Double(String(side.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }))
    }

    /// The statement as written: head, total, a comma, connector, parts.
    func render(connector: String? = nil, separator: String? = nil, parts: [Part]? = nil, afterTotal: String? = nil) -> String {
        let list = (parts ?? self.parts).map { $0.label + $0.figure + $0.unit + $0.tail }
        return head + total.figure + total.unit + total.tail + (afterTotal ?? self.afterTotal) + (connector ?? self.connector)
            + list.joined(separator: separator ?? self.separator)
    }

    /// The same with the last non-zero part doubled (a sum that no longer adds up).
    func brokenParts(_ parts: [Part]) -> [Part]? {
        guard let index = parts.lastIndex(where: { $0.value > 0 && Double($0.figure) != nil }) else { return nil }
        var broken = parts
        broken[index].value *= 2
        broken[index].figure = MetamorphicProbe.format(parts[index].value * 2, like: parts[index].figure)
        return broken
    }
}

extension SumStatement.Part {
    /// The part in the neighbouring unit (万元 ↔ 元, 亿元 → 万元, 万人次 ↔ 人次), its value kept.
    var inOtherUnit: SumStatement.Part? {
        let scaled: [(from: String, to: String, factor: Double)] = [("万元", "元", 1e4), ("亿元", "万元", 1e4), ("元", "万元", 1e-4),
                                                                    ("万人次", "人次", 1e4), ("人次", "万人次", 1e-4)]
        guard let rule = scaled.first(where: { unit.hasSuffix($0.from) }) else { return nil }
        if rule.factor < 1 && value < 1000 { return nil }
        let value = self.value * rule.factor
        let decimals = max(0, (figure.split(separator: ".").dropFirst().first?.count ?? 0) + (rule.factor < 1 ? 4 : -4))
        var written = String(format: "%.\(decimals)f", value)
        if written.contains(".") { while written.hasSuffix("0") { written.removeLast() }; if written.hasSuffix(".") { written.removeLast() } }
        return .init(label: label, value: value, figure: written, unit: String(unit.dropLast(rule.from.count)) + rule.to, tail: tail)
    }

    /// A whole number up to ten written in Chinese numerals.
    var inNumerals: SumStatement.Part? {
        guard value >= 1, value <= 10, value == value.rounded(), !figure.contains(".") else { return nil }
        return .init(label: label, value: value, figure: ChineseNumerals.string(Int(value)), unit: unit, tail: tail)
    }
}
