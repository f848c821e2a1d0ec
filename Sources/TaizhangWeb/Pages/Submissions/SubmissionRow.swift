import TaizhangDomain

/// A submission as lists show it.
public struct SubmissionRow: Sendable, Hashable {
    public var id: Int
    public var unitName: String
    public var planName: String
    public var period: Period
    public var status: SubmissionStatus
    public var dueDate: CivilDate
    /// First submission; nil while a draft.
    public var submittedAt: Stamp?
    public var timeliness: Timeliness

    public init(id: Int, unitName: String, planName: String, period: Period, status: SubmissionStatus,
                dueDate: CivilDate, submittedAt: Stamp? = nil, timeliness: Timeliness) {
        self.id = id; self.unitName = unitName; self.planName = planName; self.period = period; self.status = status
        self.dueDate = dueDate; self.submittedAt = submittedAt; self.timeliness = timeliness
    }

    static func table(_ rows: [SubmissionRow], showUnit: Bool, _ t: Loc) -> Node {
        let headers = (showUnit ? [t(.unit)] : []) + [t(.plan), t(.period), t(.dueDate), t(.submittedAt), t(.timeliness), t(.status)]
        return UI.table(headers, cls: "tz-submissions") {
            for row in rows {
                tr {
                    if showUnit { td(.data("label", t(.unit))) { row.unitName } }
                    td(.data("label", t(.plan))) { a(.href("/submissions/\(row.id)")) { t.planName(row.planName) } }
                    td(.data("label", t(.period))) { row.period.label(t.lang) }
                    td(.class("tz-nowrap"), .data("label", t(.dueDate))) { Fmt.date(row.dueDate, t.lang) }
                    td(.class("tz-nowrap"), .data("label", t(.submittedAt))) { row.submittedAt.map { Fmt.stamp($0, t.lang) } ?? "—" }
                    td(.data("label", t(.timeliness))) { UI.timeliness(row.timeliness, t) }
                    td(.data("label", t(.status))) { UI.status(row.status, t) }
                }
            }
        }
    }
}

/// A reporting plan to choose in forms.
public struct PlanChoice: Sendable, Hashable {
    public var id: Int
    public var name: String
    public init(id: Int, name: String) { self.id = id; self.name = name }
}
