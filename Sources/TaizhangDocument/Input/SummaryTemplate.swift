/// The standard structure of a work summary, as data: title, opening, the work section
/// (one level-2 subsection per work area, level-3 items for highlights), 存在的问题,
/// 下半年工作打算, then signature and date. A unit kind or a rule pack supplies its own
/// (TaizhangSummary ships them as JSON); `standard` is the built-in fallback.
///
/// Placeholders in the text fields: {unit}, {period} (2024年上半年), {prefix} (上半年),
/// {next} (下半年 / 2025年上半年), {kind} (示范区 / 示范项目), {children} (街道（镇）).
public struct SummaryTemplate: Codable, Sendable, Equatable {
    public var code: String
    public var title: String
    /// A supervisor's roll-up must not carry the same title as the unit's own summary.
    public var rollUpTitle: String
    /// The guiding line of the opening when the unit has none of its own.
    public var guidingLine: String
    /// Closes the opening paragraph.
    public var openingClose: String
    public var workHeading: String
    public var problemsHeading: String
    public var plansHeading: String
    /// The level-2 subsection of a demonstration zone's or project's creation work.
    public var creationHeading: String
    /// The level-2 subsection of a roll-up comparing the units below.
    public var rankingHeading: String
    /// The level-2 subsection of a unit with no ledger entries.
    public var noRecordsHeading: String
    /// Per work area (a catalog group): its subsection heading and what it serves.
    public var areas: [AreaStyle]
    public var comparison: ComparisonRule
    /// Level-3 highlight items per work area.
    public var highlightsPerArea: Int
    /// Headings of the monthly / quarterly report narrative (本月重点工作 / 主要数据 / 下一步打算).
    public var report: ReportStyle

    public init(code: String, title: String, rollUpTitle: String, guidingLine: String, openingClose: String,
                workHeading: String, problemsHeading: String, plansHeading: String, creationHeading: String,
                rankingHeading: String, noRecordsHeading: String, areas: [AreaStyle], comparison: ComparisonRule,
                highlightsPerArea: Int, report: ReportStyle) {
        self.code = code; self.title = title; self.rollUpTitle = rollUpTitle; self.guidingLine = guidingLine
        self.openingClose = openingClose; self.workHeading = workHeading; self.problemsHeading = problemsHeading
        self.plansHeading = plansHeading; self.creationHeading = creationHeading; self.rankingHeading = rankingHeading
        self.noRecordsHeading = noRecordsHeading; self.areas = areas; self.comparison = comparison
        self.highlightsPerArea = highlightsPerArea; self.report = report
    }

    public func area(_ name: String) -> AreaStyle? { areas.first { $0.name == name } }

    /// Replaces {key} placeholders.
    public static func fill(_ text: String, _ values: [String: String]) -> String {
        var out = text
        for (key, value) in values { out = out.replacingOccurrences(of: "{\(key)}", with: value) }
        return out
    }

    /// The built-in structure (SPEC §5), without area styles.
    public static let standard = SummaryTemplate(
        code: "standard", title: "{unit}{period}工作总结", rollUpTitle: "{unit}{period}工作总结（汇总）",
        guidingLine: "坚持以人民为中心的工作导向", openingClose: "现将有关情况总结如下。",
        workHeading: "{prefix}工作开展情况", problemsHeading: "存在的问题", plansHeading: "{next}工作打算",
        creationHeading: "{kind}创建工作扎实推进", rankingHeading: "各{children}工作开展情况",
        noRecordsHeading: "工作台账登记情况", areas: [], comparison: ComparisonRule(), highlightsPerArea: 2,
        report: ReportStyle())
}

/// How a work area is introduced: "（二）群众文化活动丰富多彩", "围绕丰富群众精神文化生活，…".
public struct AreaStyle: Codable, Sendable, Equatable {
    /// The catalog group, e.g. 群众文化活动.
    public var name: String
    public var heading: String
    /// What the work serves, a verb phrase: 丰富群众精神文化生活.
    public var focus: String

    public init(name: String, heading: String, focus: String) {
        self.name = name; self.heading = heading; self.focus = focus
    }
}

/// The sections of a monthly or quarterly report's narrative.
public struct ReportStyle: Codable, Sendable, Equatable {
    public var workHeading: String
    public var dataHeading: String
    public var plansHeading: String

    public init(workHeading: String = "{prefix}重点工作", dataHeading: String = "主要数据", plansHeading: String = "下一步打算") {
        self.workHeading = workHeading; self.dataHeading = dataHeading; self.plansHeading = plansHeading
    }
}
