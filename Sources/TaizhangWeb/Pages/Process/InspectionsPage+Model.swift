import TaizhangDomain

/// GET /process/inspections — inspections (督导检查 and self-inspections) and their
/// rectification items (整改事项). Forms per open item:
/// POST /process/rectifications/{id}/extension (`new_deadline`, `reason`) — only before the deadline;
/// POST /process/rectifications/{id}/close (multipart: `note`, `evidence` file) — 销号.
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

        public init(inspections: [Inspection], items: [Rectification], rectificationRate: Double?, canEdit: Bool = false,
                    form: FormState = .empty, failedItem: Int? = nil) {
            self.inspections = inspections; self.items = items; self.rectificationRate = rectificationRate
            self.canEdit = canEdit; self.form = form; self.failedItem = failedItem
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
