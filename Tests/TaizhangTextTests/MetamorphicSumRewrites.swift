import Foundation
@testable import TaizhangText

/// A dev sum statement rebuilt from its gold comparison alone (`total 4575件 = 3901 (承诺件) +
/// 674 (即办件)`), for `MetamorphicSumRewriteTests` (nineteenth pass, sumread): unlike
/// `SumStatement`, the statement's text need not be parsable, so EVERY gold sum with a total
/// and its parts is taken. The words before the total (its verb and noun) come from the text
/// where the total's figure is found there; the labels from the gold's brackets, else from the
/// text, else a neutral ordinal (第一部分).
struct SumRewrite: Sendable {
    struct Figure: Sendable { var label: String; var value: Double; var figure: String; var unit: String }
    var head: String
    var total: Figure
    var parts: [Figure]

    static let clauseBreaks: Set<Character> = ["，", ",", "、", "；", ";", "。", "：", ":", "\n"]

    init?(text: String, statement: String) {
        // `total 4575件 = …`, `local 1720萬元 = …`, `60 = 12 + …` or the parts first (`33523 + … = 71184`);
        // no difference (-), comparison (vs) or percentage.
        let words = statement.prefix { $0.isASCII && $0.isLetter }
        let bare = words.isEmpty ? statement : String(statement.dropFirst(words.count)).trimmingCharacters(in: .whitespaces)
        guard bare.first?.isNumber == true, !bare.contains(" vs "), !bare.contains(" - "), !bare.contains("−"), !bare.contains("%") else { return nil }
        var sides = bare.components(separatedBy: " = ")
        guard sides.count == 2 else { return nil }
        if sides[0].contains(" + "), !sides[1].contains(" + ") { sides.reverse() }
        guard let stated = Self.figure(sides[0]), stated.value > 0 else { return nil }
        let pieces = sides[1].components(separatedBy: " + ")
        var parts = [Figure]()
        for piece in pieces {
            guard var part = Self.figure(piece), part.value >= 0 else { return nil }
            if part.unit.isEmpty { part.unit = stated.unit }
            parts.append(part)
        }
        guard parts.count >= 2 else { return nil }
        var whole = stated
        // A gold comparison without units (`60 = 12 + …`): the unit after the total's figure in the text.
        if whole.unit.isEmpty, let at = text.range(of: whole.figure) {
            whole.unit = SumStatement.part(text, label: "", figure: at).unit.trimmingCharacters(in: .whitespaces)
                .replacingOccurrences(of: "萬", with: "万").replacingOccurrences(of: "億", with: "亿")
            guard !whole.unit.isEmpty, whole.unit.allSatisfy({ $0.isLetter && !$0.isASCII }) else { return nil }
            for index in parts.indices where parts[index].unit.isEmpty { parts[index].unit = whole.unit }
        }
        guard !whole.unit.isEmpty else { return nil }
        // Only comparisons that add up as stated (a gold note may hold a restated or cut sum).
        func step(_ figure: Figure) -> Double { pow(10, -Double(figure.figure.split(separator: ".").dropFirst().first?.count ?? 0)) }
        let inWhole = { (part: Figure) in Self.scale(part.unit) / Self.scale(whole.unit) }
        let sum = parts.reduce(0) { $0 + $1.value * inWhole($1) }
        let tolerance = step(whole) / 2 + parts.reduce(0) { $0 + step($1) / 2 * inWhole($1) }
        guard abs(sum - whole.value) <= tolerance + 1e-9 else { return nil }
        total = whole
        // The head: the words of the total's clause before its figure.
        head = ""
        if let at = text.range(of: whole.figure) {
            let before = text[..<at.lowerBound]
            let start = before.lastIndex { Self.clauseBreaks.contains($0) }.map { text.index(after: $0) } ?? before.startIndex
            head = String(text[start..<at.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
        if !head.contains(where: { $0.isLetter && !$0.isASCII }) { head = "共有" }
        // Labels: the gold's; else the words right before the figure in the text; else an ordinal.
        let ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        var from = text.range(of: whole.figure)?.upperBound ?? text.startIndex
        for index in parts.indices where parts[index].label.isEmpty {
            if let at = text.range(of: parts[index].figure, range: from..<text.endIndex) {
                let before = text[from..<at.lowerBound]
                let start = before.lastIndex { Self.clauseBreaks.contains($0) }.map { text.index(after: $0) } ?? before.startIndex
                let words = String(text[start..<at.lowerBound]).filter { $0.isLetter && !$0.isASCII && $0 != "其" && $0 != "中" }
                parts[index].label = words
                from = at.upperBound
            }
        }
        let labels = parts.map(\.label)
        if labels.contains(where: \.isEmpty) || Set(labels).count < labels.count {
            for index in parts.indices { parts[index].label = "第" + ordinals[min(index, 9)] + "部分" }
        }
        self.parts = parts
    }

    /// `4575件`, `1.443亿元 (十件实事教育项目)`, `3901 (承诺件)` → value, figure, unit, label.
    static func figure(_ side: String) -> Figure? {
        let number = String(side.prefix { $0.isASCII && ($0.isNumber || $0 == ".") })
        guard let value = Double(number), !number.hasSuffix(".") else { return nil }
        let rest = side.dropFirst(number.count)
        let unit = String(rest.prefix { $0 != " " && $0 != "(" && $0 != "（" })
            .replacingOccurrences(of: "萬", with: "万").replacingOccurrences(of: "億", with: "亿")
        guard !unit.contains(where: { $0.isASCII && !$0.isNumber }) || unit.isEmpty else { return nil }
        var label = ""
        if let open = rest.firstIndex(of: "("), let close = rest.firstIndex(of: ")"), open < close {
            label = String(rest[rest.index(after: open)..<close]).filter { $0.isLetter && !$0.isASCII }
        }
        return Figure(label: label, value: value, figure: number, unit: unit)
    }

    func written(_ figure: Figure) -> String { figure.label + figure.figure + figure.unit }

    /// The head without its total words (for forms that put the total last).
    var plainHead: String {
        var words = head
        for word in ["共计", "合计", "总计", "累计", "一共", "共有", "共"] { words = words.replacingOccurrences(of: word, with: "") }
        return words
    }

    /// The parts with the last one changed: `up` adds a tenth of the total (the parts exceed
    /// it), else the last part is halved (they fall short).
    func broken(up: Bool) -> [Figure]? {
        guard let index = parts.lastIndex(where: { $0.value > 0 }) else { return nil }
        var parts = self.parts
        let scale = Self.scale(parts[index].unit) / Self.scale(total.unit)
        let decimals = parts[index].figure.split(separator: ".").dropFirst().first?.count ?? 0
        var value = up ? parts[index].value + max(1, total.value / 10 / scale) : parts[index].value / 2
        let step = pow(10, Double(-decimals))
        value = (value / step).rounded() * step
        guard value != parts[index].value, value > 0 else { return nil }
        parts[index].value = value
        parts[index].figure = String(format: "%.\(decimals)f", value)
        return parts
    }

    /// 万/亿 in a unit, as a factor.
    static func scale(_ unit: String) -> Double {
        unit.hasPrefix("亿") ? 1e8 : unit.hasPrefix("万") ? 1e4 : 1
    }

    /// The figure in the other scale of money or visits (元 ↔ 万元), nil for other units or
    /// figures that would need more than four decimals.
    static func rescaled(_ figure: Figure, toYuan: Bool) -> Figure? {
        let money = ["万元", "亿元", "元", "万人次", "人次"]
        guard money.contains(figure.unit) else { return nil }
        let base = figure.unit.hasSuffix("人次") ? "人次" : "元"
        var copy = figure
        let factor = scale(figure.unit) / (toYuan ? 1 : 1e4)
        let value = figure.value * factor
        var written = String(format: "%.4f", value)
        while written.hasSuffix("0") { written.removeLast() }
        if written.hasSuffix(".") { written.removeLast() }
        guard abs((Double(written) ?? 0) - value) < 1e-9 * max(1, value), toYuan || value >= 0.01 else { return nil }
        copy.value = value; copy.figure = written; copy.unit = toYuan ? base : "万" + base
        return copy
    }

    /// A space before the last three digits of each figure of four digits or more (4 575), as
    /// PDF extraction leaves thousands groups.
    static func spacedInside(_ text: String) -> String {
        var result = "", run = ""
        func flush() {
            let digits = run.prefix { $0.isNumber }
            if digits.count >= 4 { result += String(digits.prefix(digits.count - 3)) + " " + run.dropFirst(digits.count - 3) } else { result += run }
            run = ""
        }
        for character in text {
            if character.isASCII && (character.isNumber || character == "." && !run.isEmpty) { run.append(character) } else { flush(); result.append(character) }
        }
        flush()
        return result
    }
}
