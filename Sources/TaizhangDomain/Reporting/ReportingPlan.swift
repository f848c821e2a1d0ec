/// What a kind of unit must submit, how often and by when (报送计划), as data.
public struct ReportingPlan: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    /// e.g. 工作动态 (work update).
    public var name: String
    /// Machine name of the report type, e.g. `work_update`.
    public var reportType: String
    public var periodKind: Period.Kind
    public var appliesTo: UnitSelector
    public var dueRule: DueRule
    /// Days before the due date on which the liaison is reminded.
    public var remindDaysBefore: Int
    /// First period the plan is in force for (nil: always).
    public var startsWith: Period?
    /// Lock the ledger of a period this many days after the period ends, as DHIS2's
    /// data-set "expiry days" do (nil: no time lock; acceptance still locks).
    public var lockAfterDays: Int?

    public init(id: Int, name: String, reportType: String, periodKind: Period.Kind, appliesTo: UnitSelector,
                dueRule: DueRule, remindDaysBefore: Int = 3, startsWith: Period? = nil) {
        self.id = id; self.name = name; self.reportType = reportType; self.periodKind = periodKind
        self.appliesTo = appliesTo; self.dueRule = dueRule; self.remindDaysBefore = remindDaysBefore
        self.startsWith = startsWith
    }

    public func applies(to unit: Unit) -> Bool { appliesTo.matches(unit) }

    public func applies(to period: Period) -> Bool {
        period.kind == periodKind && (startsWith.map { period >= $0 } ?? true)
    }

    public func dueDate(for period: Period) -> CivilDate { dueRule.dueDate(for: period) }
}

/// Which units a plan applies to: by kind, or by demo flag; a unit matches when it
/// has one of the kinds or one of the flags.
public struct UnitSelector: Codable, Hashable, Sendable {
    public var kinds: Set<UnitKind>
    public var flags: Set<UnitFlag>

    public init(kinds: Set<UnitKind> = [], flags: Set<UnitFlag> = []) { self.kinds = kinds; self.flags = flags }

    public func matches(_ unit: Unit) -> Bool {
        kinds.contains(unit.kind) || !flags.isDisjoint(with: unit.flags)
    }
}
