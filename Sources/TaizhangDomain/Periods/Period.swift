/// A reporting period: month, quarter, half-year or year, with a stable code
/// (2024M06, 2024Q2, 2024H1, 2024) and a Chinese label (2024年6月, 2024年第二季度, 2024年上半年, 2024年).
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case month, quarter, halfYear = "half_year", year

        var monthsLong: Int { switch self { case .month: 1; case .quarter: 3; case .halfYear: 6; case .year: 12 } }
        var perYear: Int { 12 / monthsLong }
    }

    public let kind: Kind
    public let year: Int
    /// 1-based index within the year (month 1–12, quarter 1–4, half 1–2, year 1).
    public let index: Int

    public init?(kind: Kind, year: Int, index: Int = 1) {
        guard (1...kind.perYear).contains(index), (1900...2999).contains(year) else { return nil }
        self.kind = kind; self.year = year; self.index = index
    }

    public static func month(_ year: Int, _ m: Int) -> Period { Period(kind: .month, year: year, index: m)! }
    public static func quarter(_ year: Int, _ q: Int) -> Period { Period(kind: .quarter, year: year, index: q)! }
    public static func half(_ year: Int, _ h: Int) -> Period { Period(kind: .halfYear, year: year, index: h)! }
    public static func year(_ year: Int) -> Period { Period(kind: .year, year: year)! }

    /// Parses 2024M06, 2024Q2, 2024H1 or 2024 (case-insensitive; month may be unpadded).
    public init?(code raw: String) {
        let code = raw.uppercased()
        // Digits only around the tag ("2024H+1" or "2024M 6" are not codes); the letter's case
        // is normalised ("2026h1" is stored and answered as 2026H1).
        guard code.count >= 4, code.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || "MQH".unicodeScalars.contains($0) }),
              let y = Int(code.prefix(4)) else { return nil }
        let rest = code.dropFirst(4)
        if rest.isEmpty { self.init(kind: .year, year: y); return }
        guard let tag = rest.first, let n = Int(rest.dropFirst()), rest.count <= 3 else { return nil }
        switch tag {
        case "M": self.init(kind: .month, year: y, index: n)
        case "Q": self.init(kind: .quarter, year: y, index: n)
        case "H": self.init(kind: .halfYear, year: y, index: n)
        default: return nil
        }
    }

    public var code: String {
        switch kind {
        case .month: return "\(year)M" + (index < 10 ? "0\(index)" : "\(index)")
        case .quarter: return "\(year)Q\(index)"
        case .halfYear: return "\(year)H\(index)"
        case .year: return "\(year)"
        }
    }
    public var description: String { code }

    public var firstMonth: Int { (index - 1) * kind.monthsLong + 1 }
    public var lastMonth: Int { index * kind.monthsLong }
    public var start: CivilDate { CivilDate(year, firstMonth, 1) }
    public var end: CivilDate { CivilDate(year, lastMonth, CivilDate.daysIn(year: year, month: lastMonth)) }

    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }
    public func contains(_ other: Period) -> Bool { start <= other.start && other.end <= end }

    public var next: Period { offset(by: 1) }
    public var previous: Period { offset(by: -1) }
    public var sameLastYear: Period { Period(kind: kind, year: year - 1, index: index)! }

    public func offset(by n: Int) -> Period {
        let linear = year * kind.perYear + (index - 1) + n
        return Period(kind: kind, year: linear / kind.perYear, index: linear % kind.perYear + 1)!
    }

    /// The period of `kind` that contains `date`.
    public static func containing(_ date: CivilDate, kind: Kind) -> Period {
        Period(kind: kind, year: date.year, index: (date.month - 1) / kind.monthsLong + 1)!
    }

    /// Consecutive periods from `first` through `last` inclusive (same kind).
    public static func range(_ first: Period, through last: Period) -> [Period] {
        guard first.kind == last.kind, first <= last else { return [] }
        var out = [first]
        while out.last! < last { out.append(out.last!.next) }
        return out
    }

    public static func < (a: Period, b: Period) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

extension Period: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let p = Period(code: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "invalid period code \(s)")
        }
        self = p
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer(); try c.encode(code)
    }
}
