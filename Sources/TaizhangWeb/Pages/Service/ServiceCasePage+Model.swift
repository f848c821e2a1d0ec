import TaizhangDomain

/// GET /service/cases/:id — one case: the facts, its status and why (deadline, working days
/// used and left, each step against its limit), its 督办 with the actions the caller may
/// take, and its ratings.
public enum ServiceCasePage {
    public struct Model: Sendable {
        public var row: ServiceCaseRow
        public var applicant: String
        public var staff: String
        public var department: String
        public var statutory: String
        public var promised: String
        public var usedDays: Int
        public var completedAt: String?
        public var outcome: String?
        public var reason: String
        public var steps: [Step]
        public var orders: [ServiceOrderRow]
        public var ratings: [RatingLine]
        /// Levels the caller may issue (code, name); empty hides the form.
        public var levels: [(code: String, name: String)]
        public var canRespond: Bool
        public var canClose: Bool
        public var canEscalate: Bool
        public var form: FormState
        public var failedOrder: Int?

        public init(row: ServiceCaseRow, applicant: String, staff: String, department: String, statutory: String, promised: String,
                    usedDays: Int, completedAt: String?, outcome: String?, reason: String, steps: [Step], orders: [ServiceOrderRow],
                    ratings: [RatingLine], levels: [(code: String, name: String)], canRespond: Bool, canClose: Bool, canEscalate: Bool,
                    form: FormState = .empty, failedOrder: Int? = nil) {
            self.row = row; self.applicant = applicant; self.staff = staff; self.department = department; self.statutory = statutory
            self.promised = promised; self.usedDays = usedDays; self.completedAt = completedAt; self.outcome = outcome; self.reason = reason
            self.steps = steps; self.orders = orders; self.ratings = ratings; self.levels = levels; self.canRespond = canRespond
            self.canClose = canClose; self.canEscalate = canEscalate; self.form = form; self.failedOrder = failedOrder
        }
    }

    public struct Step: Sendable, Hashable {
        public var name: String
        public var started: String
        public var finished: String
        public var limit: Int
        public var used: Int?
        public var overrun: Bool
        public init(name: String, started: String, finished: String, limit: Int, used: Int?, overrun: Bool) {
            self.name = name; self.started = started; self.finished = finished; self.limit = limit; self.used = used; self.overrun = overrun
        }
    }

    public struct RatingLine: Sendable, Hashable {
        public var level: String
        public var channel: String
        public var at: String
        public var comment: String
        public var note: String
        public init(level: String, channel: String, at: String, comment: String, note: String) {
            self.level = level; self.channel = channel; self.at = at; self.comment = comment; self.note = note
        }
    }
}
