import TaizhangDomain

/// GET /process/inspections — inspections (督导检查 and self-inspections) and their
/// rectification items (整改事项), overdue ones highlighted. Forms (a supervisor's `?unit=` stays on the actions):
/// POST /process/inspections (`planned_on`, `held_on`, `findings` one per line) — supervisors;
/// POST /process/rectifications (`source` = inspection:{id}|self_inspection:{id}, `owner`, `deadline`)
/// opens one item per finding of the source;
/// per open item POST /process/rectifications/{id}/extension (`new_deadline`, `reason`) — only before
/// the deadline; POST /process/rectifications/{id}/close (`note`, kept as the evidence) — 销号.
public enum InspectionsPage {
    public struct Model: Sendable {
        public var inspections: [Inspection]
        public var items: [Rectification]
        /// Closed / all, as a ratio (nil: no items).
        public var rectificationRate: Double?
        public var canEdit: Bool
        /// A failed form, and the item it was for.
        public var form: FormState
        public var failedItem: Int?
        /// Supervisors record inspections.
        public var canManage: Bool
        public var inspectionForm: FormState
        /// Inspections and self-inspection reports with findings, to open items from (value `kind:id`).
        public var sources: [Choice]
        public var itemForm: FormState

        public init(inspections: [Inspection], items: [Rectification], rectificationRate: Double?, canEdit: Bool = false,
                    form: FormState = .empty, failedItem: Int? = nil, canManage: Bool = false, inspectionForm: FormState = .empty,
                    sources: [Choice] = [], itemForm: FormState = .empty) {
            self.inspections = inspections; self.items = items; self.rectificationRate = rectificationRate
            self.canEdit = canEdit; self.form = form; self.failedItem = failedItem
            self.canManage = canManage; self.inspectionForm = inspectionForm; self.sources = sources; self.itemForm = itemForm
        }
    }

    public enum InspectionKind: String, Sendable, CaseIterable { case national, provincial, selfInspection = "self" }

    public struct Inspection: Sendable, Hashable {
        public var date: CivilDate
        public var kind: InspectionKind
        public var title: String
        /// Written feedback sent to the local and provincial government (or the self-inspection report filed).
        public var reportFiled: Bool
        public var findingCount: Int
        public init(date: CivilDate, kind: InspectionKind, title: String, reportFiled: Bool, findingCount: Int) {
            self.date = date; self.kind = kind; self.title = title; self.reportFiled = reportFiled; self.findingCount = findingCount
        }
    }

    public enum ItemStatus: String, Sendable, CaseIterable { case open, extensionRequested = "extension_requested", extended, closed }

    public struct Rectification: Sendable, Hashable {
        public var id: Int
        public var title: String
        public var owner: String
        public var deadline: CivilDate
        public var status: ItemStatus
        public var closedOn: CivilDate?
        public var source: String
        public init(id: Int, title: String, owner: String, deadline: CivilDate, status: ItemStatus,
                    closedOn: CivilDate? = nil, source: String = "") {
            self.id = id; self.title = title; self.owner = owner; self.deadline = deadline; self.status = status
            self.closedOn = closedOn; self.source = source
        }
    }
}
