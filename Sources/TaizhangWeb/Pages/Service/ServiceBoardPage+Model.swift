import TaizhangDomain

/// GET /service — the electronic supervision board (电子监察, SPEC §7): cards now, the
/// period's rates with their definitions, departments and windows, the cases needing
/// action and the open 督办.
public enum ServiceBoardPage {
    public struct Model: Sendable {
        public var centreName: String
        public var asOf: CivilDate
        public var periodLabel: String
        public var periodCode: String
        public var periodOptions: [(code: String, label: String)]
        public var now: Counts
        public var rates: [Rate]
        public var figures: [(label: String, value: Int)]
        public var departments: [Group]
        public var red: [ServiceCaseRow]
        public var yellow: [ServiceCaseRow]
        public var abnormal: [ServiceCaseRow]
        public var orders: [ServiceOrderRow]
        public var canImport: Bool
        public var importForm: FormState

        public init(centreName: String, asOf: CivilDate, periodLabel: String, periodCode: String, periodOptions: [(code: String, label: String)],
                    now: Counts, rates: [Rate], figures: [(label: String, value: Int)], departments: [Group], red: [ServiceCaseRow],
                    yellow: [ServiceCaseRow], abnormal: [ServiceCaseRow], orders: [ServiceOrderRow], canImport: Bool, importForm: FormState = .empty) {
            self.centreName = centreName; self.asOf = asOf; self.periodLabel = periodLabel; self.periodCode = periodCode
            self.periodOptions = periodOptions; self.now = now; self.rates = rates; self.figures = figures; self.departments = departments
            self.red = red; self.yellow = yellow; self.abnormal = abnormal; self.orders = orders; self.canImport = canImport; self.importForm = importForm
        }
    }

    public struct Counts: Sendable, Hashable {
        public var open: Int, inTime: Int, yellow: Int, red: Int, abnormal: Int
        public init(open: Int, inTime: Int, yellow: Int, red: Int, abnormal: Int) {
            self.open = open; self.inTime = inTime; self.yellow = yellow; self.red = red; self.abnormal = abnormal
        }
    }

    public struct Rate: Sendable, Hashable {
        public var name: String
        public var percent: Double?
        /// "21,601 / 21,693".
        public var parts: String
        public var definition: String
        public init(name: String, percent: Double?, parts: String, definition: String) {
            self.name = name; self.percent = percent; self.parts = parts; self.definition = definition
        }
    }

    public struct Group: Sendable, Hashable {
        public var name: String
        public var counts: Counts
        /// Completion, on-time and speed-up rates of the period.
        public var rates: [Double?]
        public var windows: [Group]
        public init(name: String, counts: Counts, rates: [Double?], windows: [Group] = []) {
            self.name = name; self.counts = counts; self.rates = rates; self.windows = windows
        }
    }
}
