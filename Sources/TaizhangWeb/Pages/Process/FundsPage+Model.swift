import TaizhangDomain

/// GET /process/funds — the usage plan's lines, expenditures and the half-year report.
/// Forms (the unit's own people; a supervisor's `?unit=` stays on the actions):
/// POST /process/funds/lines (`scope`, `category` = a rule-set category code, `purpose`,
/// `central_budget`, `local_budget` in 万元) adds a plan line;
/// POST /process/funds/expenditures (`plan_line`, `source` = central|local, `date`, `amount`
/// in 万元, `purpose`). Every expenditure belongs to an approved plan line (专款专用).
/// POST /process/funds/report (`period` = 2024H1, `summary`) files the half-year report.
public enum FundsPage {
    public struct Model: Sendable {
        /// The categories central subsidies may be spent on (shown as the rule).
        public var allowedCategories: [String]
        public var lines: [PlanLine]
        public var expenditures: [Expenditure]
        public var report: HalfYearReport?
        public var canEdit: Bool
        /// The expenditure form.
        public var form: FormState
        /// The categories as options of the add-line form (code, name).
        public var categoryOptions: [Choice]
        public var lineForm: FormState
        /// The plan's review state ("已备案"), shown with the lines: a changed plan is reviewed again.
        public var planStatus: String?
        /// The half-year report's filing form (shown until the report is filed).
        public var reportForm: FormState

        public init(allowedCategories: [String], lines: [PlanLine], expenditures: [Expenditure], report: HalfYearReport? = nil,
                    canEdit: Bool = false, form: FormState = .empty, categoryOptions: [Choice] = [], lineForm: FormState = .empty,
                    planStatus: String? = nil, reportForm: FormState = .empty) {
            self.allowedCategories = allowedCategories; self.lines = lines; self.expenditures = expenditures
            self.report = report; self.canEdit = canEdit; self.form = form
            self.categoryOptions = categoryOptions; self.lineForm = lineForm; self.planStatus = planStatus
            self.reportForm = reportForm
        }
    }

    public struct PlanLine: Sendable, Hashable {
        public var id: Int
        public var category: String
        public var project: String
        public var purpose: String
        /// 万元.
        public var budget: Double
        public var spent: Double
        public init(id: Int, category: String, project: String, purpose: String, budget: Double, spent: Double) {
            self.id = id; self.category = category; self.project = project; self.purpose = purpose
            self.budget = budget; self.spent = spent
        }
    }

    public struct Expenditure: Sendable, Hashable {
        public var date: CivilDate
        public var lineName: String
        /// 万元.
        public var amount: Double
        public var purpose: String
        public var voucherURL: String?
        /// Why the rules flag it (over budget, outside the line's purpose), or nil.
        public var problem: String?
        public init(date: CivilDate, lineName: String, amount: Double, purpose: String, voucherURL: String? = nil,
                    problem: String? = nil) {
            self.date = date; self.lineName = lineName; self.amount = amount; self.purpose = purpose
            self.voucherURL = voucherURL; self.problem = problem
        }
    }

    /// 半年经费使用情况报告: filed to the national office, copied to the province.
    public struct HalfYearReport: Sendable, Hashable {
        public var period: Period
        public var filedOn: CivilDate?
        public var dueDate: CivilDate
        public var downloadURL: String?
        public init(period: Period, filedOn: CivilDate? = nil, dueDate: CivilDate, downloadURL: String? = nil) {
            self.period = period; self.filedOn = filedOn; self.dueDate = dueDate; self.downloadURL = downloadURL
        }
    }
}
