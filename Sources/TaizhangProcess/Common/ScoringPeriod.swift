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
