import Foundation
import TaizhangDomain
import TaizhangProcess
import TaizhangWeb
import Vapor

/// /process/funds — the fund usage plan (SPEC §4.3): its lines with budget and spending,
/// every expenditure checked against the earmarking rules (专款专用) as the acceptance
/// checks it, the half-year report's filing, and the forms to add a line
/// (`FundPlans.save`) and to book an expenditure (`Expenditures.book`).
enum ProcessFundsPageController {
    static func page(req: Request) async throws -> Response {
        try await render(req, try await req.processSession()).clearingFlash(req)
    }

    static func render(_ req: Request, _ s: ProcessPageSession, form: FormState = .empty, lineForm: FormState = .empty,
                       reportForm: FormState = .empty, status: HTTPResponseStatus = .ok) async throws -> Response {
        let store = req.processStore, unit = s.unit.id, lang = s.lang
        _ = try await store.creation(unit)
        let rules = try await store.rules()
        let plan = try await store.fundPlan(unit)?.domain
        let spent = try await store.expenditures(unit)
        let categories = rules.funds.categories
        func categoryName(_ code: String) -> String { rules.funds.category(code)?.text(s.lang) ?? code }
        let lines = (plan?.lines ?? []).map { l in
            FundsPage.PlanLine(id: l.id, category: categoryName(l.category), project: l.scope, purpose: l.purpose,
                               budget: l.totalBudget.wan, spent: spent.spent(line: l.id).wan)
        }
        // Each expenditure against those before it, as the acceptance's 专款专用 check reads them.
        let ordered = spent.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let rows = ordered.enumerated().map { i, e in
            FundsPage.Expenditure(date: e.date, lineName: plan?.line(e.lineID)?.scope ?? lang.text(.outsidePlan), amount: e.amount.wan,
                                  purpose: e.description + lang.paren(s.zh ? e.source.chinese : e.source.rawValue),
                                  problem: Earmark.refusals(e, plan: plan, existing: Array(ordered[..<i]), rules: rules.funds).first?.message(s.lang))
        }
        let model = FundsPage.Model(
            allowedCategories: categories.map { $0.text(s.lang) }, lines: lines, expenditures: rows.reversed(),
            report: try await report(unit, rules: rules, store: store, today: req.today, download: plan != nil ? req : nil),
            canEdit: s.scope.can(.writeLedger, on: unit), form: form,
            categoryOptions: categories.map { Choice($0.code, $0.text(s.lang)) }, lineForm: lineForm,
            planStatus: plan.map { p in let st = p.status(rules: rules.funds); return s.zh ? st.chinese : st.rawValue },
            reportForm: reportForm)
        return req.html(FundsPage.render(model, s.ctx), status: status)
    }

    /// The last half-year's fund usage report: filed when, else due when.
    /// With a plan, the report generated for download (`download`: the request, for the link).
    static func report(_ unit: Int, rules: ProcessRuleSet, store: ProcessStore, today: CivilDate,
                       download: Request?) async throws -> FundsPage.HalfYearReport? {
        guard let rule = rules.halfYearReport(.fundUsage) else { return nil }
        let half = Period.containing(today, kind: .halfYear).previous
        let filed = try await store.records(HalfYearReportModel.self, unit: unit).first { $0.kind == .fundUsage && $0.period == half }
        return FundsPage.HalfYearReport(period: half, filedOn: filed?.filedOn, dueDate: rule.dueRule.dueDate(for: half),
                                        downloadURL: download?.processPath("/process/funds/report?period=\(half.code)&format=docx"))
    }

    /// GET /process/funds/report?period=2024H1&format=docx (or md, html): the half-year
    /// report generated from the plan and the expenditures (`FundPlans.report`).
    static func download(req: Request) async throws -> Response {
        let s = try await req.processSession()
        guard let period = req.query[String.self, at: "period"].flatMap(Period.init(code:)), period.kind == .halfYear else {
            throw AppError.badRequest("invalid_period", zh: "经费使用情况按半年报告（例：2024H1）。", en: "Fund reports are half-yearly (e.g. 2024H1).", field: "period")
        }
        let report = try await FundPlans.report(s.unit.id, unitName: s.unit.name, period: period, store: req.processStore)
        return try Response.download(FundReportDocument.make(report, signature: s.unit.name, date: req.today),
                                     format: req.query[String.self, at: "format"] ?? "docx")
    }

    /// POST /process/funds/report {period, summary}: files the half-year fund usage report
    /// (SPEC §4.3: to the national office, copied as the rule set says).
    static func fileReport(req: Request) async throws -> Response {
        let s = try await req.processSession()
        guard s.scope.can(.writeLedger, on: s.unit.id) else { throw AppError.forbidden }
        let v = try WebForm.read(req).values
        let failed = try await ProcessForm.attempt(v, lang: s.lang) {
            let input = Supervision.ReportInput(kind: .fundUsage, period: v["period"] ?? "", summary: ProcessForm.text(v, "summary"), findings: nil)
            _ = try await Supervision.fileReport(unit: s.unit.id, input, in: try await req.processContext())
        }
        if let failed { return try await render(req, s, reportForm: failed, status: .unprocessableEntity) }
        return req.seeOther(req.processPath("/process/funds"), flash: .init(.success, WebMessage.saved.text(s.lang)))
    }

    /// POST /process/funds/lines: the plan with one more line (a new plan when there is none).
    static func addLine(req: Request) async throws -> Response {
        let s = try await req.processSession()
        guard s.scope.can(.writeLedger, on: s.unit.id) else { throw AppError.forbidden }
        let v = try WebForm.read(req).values
        let failed = try await ProcessForm.attempt(v, lang: s.lang, fields: ["lines": "scope", "centralBudget": "central_budget"]) {
            let central = try ProcessForm.fen(v, "central_budget"), local = try ProcessForm.fen(v, "local_budget", required: false)
            let new = FundPlans.LineInput(id: nil, scope: ProcessForm.text(v, "scope"), category: v["category"] ?? "",
                                          purpose: ProcessForm.text(v, "purpose"), expectedEffect: nil,
                                          centralBudget: central, localBudget: local)
            let title = "\(s.unit.name)创建经费使用方案"
            _ = try await FundPlans.save(unit: s.unit.id, in: try await req.processContext()) { plan in
                let old = (plan?.lines ?? []).map {
                    FundPlans.LineInput(id: $0.id, scope: $0.scope, category: $0.category, purpose: $0.purpose,
                                        expectedEffect: $0.expectedEffect, centralBudget: $0.centralBudget, localBudget: $0.localBudget)
                }
                return .init(title: plan?.title ?? title, lines: old + [new])
            }
        }
        if let failed { return try await render(req, s, lineForm: failed, status: .unprocessableEntity) }
        return req.seeOther(req.processPath("/process/funds"), flash: .init(.success, WebMessage.saved.text(s.lang)))
    }

    /// POST /process/funds/expenditures: booked only on a line of the approved plan, in an
    /// allowed category, within the line's budget of its source; refused with every reason.
    static func addExpenditure(req: Request) async throws -> Response {
        let s = try await req.processSession()
        guard s.scope.can(.writeLedger, on: s.unit.id) else { throw AppError.forbidden }
        let v = try WebForm.read(req).values
        let fields = ["line_id": "plan_line", "plan_id": "plan_line", "description": "purpose", "amount": "amount"]
        let failed = try await ProcessForm.attempt(v, lang: s.lang, fields: fields) {
            guard let source = FundSource(rawValue: v["source"] ?? "") else {
                throw ProcessForm.invalid("source", zh: "请选择资金来源。", en: "Choose the source of the money.")
            }
            let date = try ProcessForm.date(v, "date")!
            let amount = try ProcessForm.fen(v, "amount")
            _ = try await Expenditures.book(unit: s.unit.id, .init(
                lineId: Int(v["plan_line"] ?? ""), amount: amount, date: date, source: source, description: ProcessForm.text(v, "purpose")),
                in: try await req.processContext())
        }
        if let failed { return try await render(req, s, form: failed, status: .unprocessableEntity) }
        return req.seeOther(req.processPath("/process/funds"), flash: .init(.success, WebMessage.created.text(s.lang)))
    }
}
