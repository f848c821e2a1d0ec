import Foundation
@testable import TaizhangText

/// A dev ratio statement rebuilt from its gold comparison alone (`93% = 14 (开工建设) / 15
/// (项目学校)`, `1935 / 2392 = 80.89% ≈ 81%`), for `MetamorphicRatioRewriteTests` (nineteenth
/// pass, ratioread), as `SumRewrite` is for sums: the statement's text need not be readable, so
/// EVERY gold ratio whose part, whole and percentage can be taken from the gold is used. Units
/// come from the gold, else from the text after the figure, else from the other figure; labels
/// from the gold's brackets, else the words before the figure in the text, else neutral words.
struct RatioRewrite: Sendable {
    var whole: SumRewrite.Figure
    var part: SumRewrite.Figure
    var rate: String

    init?(text: String, statement: String) {
        guard !statement.contains("‰"), !statement.contains("days") else { return nil }
        let (sides, rate): ([String], String)
        if let equals = statement.range(of: " = "), statement[..<equals.lowerBound].contains(" / ") {
            // `a / b = P% …`: the first percentage after the sign is the one written.
            sides = statement[..<equals.lowerBound].components(separatedBy: " / ")
            let after = statement[equals.upperBound...]
            let number = after.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard after.dropFirst(number.count).hasPrefix("%") else { return nil }
            rate = String(number)
        } else if let equals = statement.range(of: " = ") {
            // `P% = a / b` or `P (%) = a / b`.
            let left = statement[..<equals.lowerBound]
            let number = left.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard ["%", " (%)"].contains(String(left.dropFirst(number.count))) else { return nil }
            sides = statement[equals.upperBound...].components(separatedBy: " / ")
            rate = String(number)
        } else { return nil }
        guard sides.count == 2, var part = SumRewrite.figure(sides[0]), var whole = SumRewrite.figure(sides[1]),
              let percent = Double(rate), whole.value > 0, part.value >= 0 else { return nil }
        // Units: the gold's, else the text's after the figure, else the other figure's.
        part = Self.unitFromText(part, text); whole = Self.unitFromText(whole, text)
        if part.unit.isEmpty { part.unit = whole.unit }
        if whole.unit.isEmpty { whole.unit = part.unit }
        if part.unit.isEmpty { part.unit = "项"; whole.unit = "项" }
        // Only comparisons whose rate holds within its rounding (and a little for rounded figures).
        let ratio = part.value * SumRewrite.scale(part.unit) / (whole.value * SumRewrite.scale(whole.unit)) * 100
        guard abs(ratio - percent) <= Self.step(rate) / 2 + 0.06 else { return nil }
        part.label = Self.label(part.label, text: text, figure: part.figure, fallback: "该部分")
        whole.label = Self.label(whole.label, text: text, figure: whole.figure, fallback: "总量")
        if part.label == whole.label { part.label = "该部分" }
        (self.part, self.whole, self.rate) = (part, whole, rate)
    }

    static func unitFromText(_ figure: SumRewrite.Figure, _ text: String) -> SumRewrite.Figure {
        guard figure.unit.isEmpty, let at = text.range(of: figure.figure) else { return figure }
        let unit = SumStatement.part(text, label: "", figure: at).unit.trimmingCharacters(in: .whitespaces)
        guard !unit.isEmpty, unit.allSatisfy({ $0.isLetter && !$0.isASCII }), unit != "占" else { return figure }
        var copy = figure
        copy.unit = unit.replacingOccurrences(of: "萬", with: "万").replacingOccurrences(of: "億", with: "亿")
        return copy
    }

    static func step(_ figure: String) -> Double {
        pow(10, -Double(figure.split(separator: ".").dropFirst().first?.count ?? 0))
    }

    /// The gold's label, else the letters of the figure's clause before it (its verb and noun).
    static func label(_ gold: String, text: String, figure: String, fallback: String) -> String {
        if !gold.isEmpty { return gold }
        guard let at = text.range(of: figure) else { return fallback }
        let before = text[..<at.lowerBound]
        let start = before.lastIndex { SumRewrite.clauseBreaks.contains($0) }.map { text.index(after: $0) } ?? before.startIndex
        let words = String(text[start..<at.lowerBound]).filter { $0.isLetter && !$0.isASCII && $0 != "其" && $0 != "中" }
        return words.count >= 2 && !words.contains("占") ? words : fallback
    }

    func written(_ figure: SumRewrite.Figure) -> String { figure.label + figure.figure + figure.unit }

    /// The rate moved by more than any rounding: up by a tenth of itself and at least 3 points,
    /// down where that passes 100%.
    var brokenRate: String {
        let value = Double(rate) ?? 0
        let shift = max(3, value / 10)
        let moved = value + shift <= 100 ? value + shift : value - shift
        let decimals = rate.split(separator: ".").dropFirst().first?.count ?? 0
        return String(format: "%.\(decimals)f", moved)
    }

    /// The part's share as N成 (within half a point of N tenths), else as a simple fraction.
    var tenths: (written: String, twin: String?)? {
        let share = part.value * SumRewrite.scale(part.unit) / (whole.value * SumRewrite.scale(whole.unit)) * 100
        let numerals = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九"]
        for n in 1...9 where abs(share - Double(n * 10)) <= 0.5 {
            return (numerals[n] + "成", numerals[n <= 7 ? n + 2 : n - 2] + "成")
        }
        for (k, m) in [(3, 1), (3, 2), (4, 1), (4, 3), (5, 1)] where abs(share - Double(m * 100) / Double(k)) <= 0.5 {
            return ("\(numerals[k])分之\(numerals[m])", nil)
        }
        return nil
    }

    /// A percentage as 百分之 and numerals (12.5 → 百分之十二点五), for rates below 100.
    static func inWords(_ rate: String) -> String? {
        let parts = rate.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = Int(parts[0]), whole < 100, parts.count <= 2 else { return nil }
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let tens = whole / 10, ones = whole % 10
        var words = tens == 0 ? digits[ones] : (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
        if parts.count == 2 { words += "点" + parts[1].compactMap { $0.wholeNumberValue.map { digits[$0] } }.joined() }
        return "百分之" + words
    }

    /// 超序时进度Y个百分点 / 低于序时进度Y个百分点 for a half-year's completion rate (Y = rate − 50,
    /// at the rate's decimals); nil near 50% or over 100%.
    static func progress(_ rate: String) -> String? {
        guard let value = Double(rate), value <= 100, abs(value - 50) >= 1 else { return nil }
        let decimals = rate.split(separator: ".").dropFirst().first?.count ?? 0
        let points = String(format: "%.\(decimals)f", abs(value - 50))
        return (value > 50 ? "超序时进度" : "低于序时进度") + points + "个百分点"
    }
}
