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

    private enum CodingKeys: String, CodingKey {
        case id, name, reportType, periodKind, appliesTo, dueRule, remindDaysBefore, startsWith
    }

    /// Ids are the server's to assign: a new plan posted without one decodes with id 0.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decodeIfPresent(Int.self, forKey: .id) ?? 0, name: try c.decode(String.self, forKey: .name),
                  reportType: try c.decode(String.self, forKey: .reportType), periodKind: try c.decode(Period.Kind.self, forKey: .periodKind),
                  appliesTo: try c.decode(UnitSelector.self, forKey: .appliesTo), dueRule: try c.decode(DueRule.self, forKey: .dueRule),
                  remindDaysBefore: try c.decodeIfPresent(Int.self, forKey: .remindDaysBefore) ?? 3,
                  startsWith: try c.decodeIfPresent(Period.self, forKey: .startsWith))
    }

    public func applies(to unit: Unit) -> Bool { appliesTo.matches(unit) }

    public func applies(to period: Period) -> Bool {
        period.kind == periodKind && (startsWith.map { period >= $0 } ?? true)
    }

    /// SPEC §2 "A report is expected only for periods when the plan applied to the unit (not
    /// before the unit, its creation or the plan started)": the one rule the matrix, the unit
    /// page, rankings, reminders, the publicity base and the acceptance checks share.
    /// A report covers a whole period, so a unit whose obligation began part-way through a
    /// period is first expected for the next one.
    public func expects(_ unit: Unit, for period: Period) -> Bool {
        guard applies(to: unit), applies(to: period) else { return false }
        return bindsFrom(unit).map { $0 <= period.start } ?? true
    }

    /// The first day the plan binds `unit`: the later of the day the unit was established and,
    /// when the plan reaches the unit only through its demonstration flag (not its kind), the
    /// day its creation started. Nil: no such limit.
    public func bindsFrom(_ unit: Unit) -> CivilDate? {
        let byFlagOnly = !appliesTo.kinds.contains(unit.kind) && !appliesTo.flags.isDisjoint(with: unit.flags)
        let starts = [unit.establishedOn, byFlagOnly ? unit.creationStartsOn : nil].compactMap { $0 }
        return starts.max()
    }

    public func dueDate(for period: Period, calendar: HolidayCalendar = .current) -> CivilDate {
        dueRule.dueDate(for: period, calendar: calendar)
    }
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
