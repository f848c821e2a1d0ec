import Foundation
@testable import TaizhangText

/// The rewrites of `MetamorphicRatioFormTests`: one ratio statement (part, whole, rate)
/// written in another form that keeps its figures consistent. Each returns nil where the
/// statement has no place for the form (a share with no named whole cannot be moved).
enum RatioForm: String, CaseIterable {
    case zhanbi = "占 ↔ 占比"
    case proportion = "占X的比例为Y%"
    case wholeBetween = "whole between part and rate"
    case wholeBefore = "whole in the sentence before"
    case completionRate = "完成X的Y% → 完成率"
    case roundedOne = "rate to one decimal"
    case roundedZero = "rate to no decimals"
    case fraction = "rate as 成 / 分之"
    case yuan = "万元 → 元"
    case numerals = "Chinese numerals"
    case lineBreak = "line break before the rate"

    static let rate = #"(\d+(?:\.\d+)?)%"#
    /// The words between 占/完成 and 的 that name a whole: no clause end and no rate.
    static let named = #"([^，,；;。：:%]{1,30}?)的"#

    func apply(to text: String) -> String? {
        let result: String?
        switch self {
        case .zhanbi:
            result = Self.replacing(#"占比[为达量率]*(?=\d)"#, in: text, with: "占")
                ?? Self.replacing(#"占(?=\d)"#, in: text, with: "占比为")
        case .proportion:
            result = Self.replacing("占" + Self.named + Self.rate, in: text, with: "占$1的比例为$2%")
        case .wholeBetween:
            // 占年初预算6265万元的41.9% → 年初预算6265万元，占比41.9%: only a whole that holds its figure.
            result = Self.replacing(#"占([^，,；;。：:%\d]{0,20}\d[^，,；;。：:%]{0,12}?)的"# + Self.rate, in: text, with: "$1，占比$2%")
        case .wholeBefore:
            result = Self.wholeBefore(text)
        case .completionRate:
            result = Self.replacing(#"完成([^，,；;。：:%\d]{0,20}\d[^，,；;。：:%]{0,12}?)的"# + Self.rate, in: text, with: "$1，完成率$2%")
                ?? Self.replacing("完成" + Self.named + Self.rate, in: text, with: "完成率$2%")
        case .roundedOne:
            result = Self.lastRate(in: text, decimalsAtLeast: 2) { String(format: "%.1f", $0) + "%" }
        case .roundedZero:
            result = Self.lastRate(in: text, decimalsAtLeast: 1) { String(format: "%.0f", $0) + "%" }
        case .fraction:
            result = Self.lastRate(in: text, decimalsAtLeast: 0) { value in
                for tenth in 1...9 where abs(value - Double(tenth * 10)) <= 0.5 { return Self.numeral(tenth) + "成" }
                for whole in 2...4 where abs(value - 100 / Double(whole)) <= 0.5 { return Self.numeral(whole) + "分之一" }
                return nil
            }
        case .yuan:
            result = Self.mapFigures(in: text, before: "万元") { value in
                let yuan = (value * 10_000).rounded()
                return abs(yuan - value * 10_000) < 0.001 ? String(format: "%.0f", yuan) + "元" : nil
            }
        case .numerals:
            result = Self.numeralsWritten(text)
        case .lineBreak:
            result = Self.lineBreak(text)
        }
        return result == text ? nil : result
    }

    // MARK: - Helpers

    /// The first match of `pattern` replaced by `template`, or nil without a match.
    static func replacing(_ pattern: String, in text: String, with template: String) -> String? {
        let expression = try! NSRegularExpression(pattern: pattern)
        let whole = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: whole), let range = Range(match.range, in: text) else { return nil }
        let replacement = expression.replacementString(for: match, in: text, offset: 0, template: template)
        return text.replacingCharacters(in: range, with: replacement)
    }

    /// 上划收入2628万元,占年初预算6265万元的41.9% → 年初预算6265万元。上划收入2628万元,占年初预算的41.9%.
    static func wholeBefore(_ text: String) -> String? {
        let expression = try! NSRegularExpression(pattern: #"(占|完成)([^，,；;。：:%\d]{1,20})(\d+(?:\.\d+)?[^，,；;。：:%\d的]{1,4})的"# + rate)
        guard let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let noun = Range(match.range(at: 2), in: text), let figure = Range(match.range(at: 3), in: text) else { return nil }
        let sentence = String(text[noun]) + String(text[figure]) + "。"
        var rest = text
        rest.removeSubrange(figure)
        return sentence + rest
    }

    /// The statement's last rate, rewritten by `form` when it has at least `decimalsAtLeast` decimals.
    static func lastRate(in text: String, decimalsAtLeast: Int, _ form: (Double) -> String?) -> String? {
        let expression = try! NSRegularExpression(pattern: rate)
        guard let match = expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).last,
              let range = Range(match.range, in: text), let digits = Range(match.range(at: 1), in: text),
              let value = Double(text[digits]) else { return nil }
        let decimals = text[digits].split(separator: ".").dropFirst().first?.count ?? 0
        guard decimals >= decimalsAtLeast, let written = form(value) else { return nil }
        return text.replacingCharacters(in: range, with: written)
    }

    /// Every figure written right before `unit`, rewritten by `form` (nil if any cannot be).
    static func mapFigures(in text: String, before unit: String, _ form: (Double) -> String?) -> String? {
        let expression = try! NSRegularExpression(pattern: #"(?<![\d.])(\d+(?:\.\d+)?)"# + unit)
        var result = text
        let matches = expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard !matches.isEmpty else { return nil }
        for match in matches.reversed() {
            guard let range = Range(match.range, in: result), let digits = Range(match.range(at: 1), in: result),
                  let value = Double(result[digits]), let written = form(value) else { return nil }
            result.replaceSubrange(range, with: written)
        }
        return result
    }

    /// Whole counts below 10000 (not years, dates or rates) written in Chinese numerals.
    static func numeralsWritten(_ text: String) -> String? {
        let expression = try! NSRegularExpression(pattern: #"(?<![\d.])(\d{1,4})(?![\d.%年月日号])"#)
        var result = text
        for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let range = Range(match.range, in: result), let value = Int(result[range]), value > 0 else { continue }
            result.replaceSubrange(range, with: numeral(value))
        }
        return result
    }

    /// A line break after the comma that opens the clause of the statement's last rate.
    static func lineBreak(_ text: String) -> String? {
        guard let percent = text.lastIndex(of: "%"),
              let comma = text[..<percent].lastIndex(where: { $0 == "," || $0 == "，" }) else { return nil }
        var result = text
        result.insert("\n", at: result.index(after: comma))
        return result
    }

    static let digits = Array("零一二三四五六七八九")

    /// 1 ... 9999 in Chinese numerals (十二, 一百零五, 三千零二十).
    static func numeral(_ value: Int) -> String {
        if value < 10 { return String(digits[value]) }
        if value < 20 { return "十" + (value % 10 == 0 ? "" : String(digits[value % 10])) }
        var written = "", zero = false
        for (place, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let digit = value / place % 10
            if digit == 0 { zero = !written.isEmpty; continue }
            if zero { written += "零"; zero = false }
            written += String(digits[digit]) + name
        }
        return written
    }
}
