import Foundation
import TaizhangDomain

/// The span a publicity score covers: a half-year for a zone, the whole creation cycle
/// for a project (SPEC §4.6). Not a `Period`, which has no two-year kind.
public struct ScoringPeriod: Codable, Hashable, Sendable, CustomStringConvertible {
    /// `2025H1` for a half-year, `2025-2026` for a cycle.
    public var code: String
    public var start: CivilDate
    public var end: CivilDate

    public init(code: String, start: CivilDate, end: CivilDate) {
        self.code = code; self.start = start; self.end = end
    }

    public static func half(_ period: Period) -> ScoringPeriod {
        ScoringPeriod(code: period.code, start: period.start, end: period.end)
    }

    public static func cycle(startYear: Int, years: Int) -> ScoringPeriod {
        let last = startYear + max(years, 1) - 1
        return ScoringPeriod(code: "\(startYear)-\(last)", start: CivilDate(startYear, 1, 1), end: CivilDate(last, 12, 31))
    }

    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }

    /// 2025年上半年, or 2025—2026年创建周期.
    public var chineseLabel: String {
        if let p = Period(code: code) { return p.chineseLabel }
        return "\(start.year)—\(end.year)年创建周期"
    }

    public var description: String { code }
}

extension ScoringPeriod {
    /// A window code as users type it: a half-year (`2025H1`, a zone's window) or a whole
    /// cycle of `cycleYears` years (`2025-2026`, a project's). Anything else is refused with
    /// the reason, so no title or query is ever built from a malformed code.
    public static func parse(_ raw: String, cycleYears: Int) throws -> ScoringPeriod {
        let code = raw.trimmingCharacters(in: .whitespaces).uppercased()
        if let p = Period(code: code), p.kind == .halfYear { return .half(p) }
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ $0.count == 4 }), let a = Int(parts[0]), let b = Int(parts[1]),
           (1900...2999).contains(a), b - a + 1 == max(cycleYears, 1) {
            return .cycle(startYear: a, years: cycleYears)
        }
        throw DomainError("invalid_window", zh: "评分期“\(raw)”无效（示范区按半年，如2025H1；示范项目按创建周期，如2025-\(2024 + max(cycleYears, 1))）。",
                          en: "Invalid scoring window “\(raw)” (a half-year such as 2025H1, or a cycle such as 2025-\(2024 + max(cycleYears, 1))).",
                          field: "window")
    }
}
