import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.3 经费使用方案 over HTTP: the request handlers of `FundPlans`.
enum FundPlanController {
    static func get(req: Request) async throws -> FundPlans.PlanView {
        let unit = try await req.unitParameter(.read)
        return FundPlans.view(try await FundPlans.plan(unit, store: req.processStore), rules: try await req.processStore.rules())
    }

    /// Writes the plan's title and lines (changed lines need a new review and filing).
    static func put(req: Request) async throws -> FundPlans.PlanView {
        let unit = try await req.unitParameter(.writeLedger)
        let input = try req.decodeJSON(FundPlans.PlanInput.self)
        return try await FundPlans.save(unit: unit, input, in: try await req.processContext())
    }

    /// A provincial department's review (supervisors).
    static func review(req: Request) async throws -> FundPlans.PlanView {
        let unit = try await req.unitParameter(.manage)
        let input = try req.decodeJSON(FundPlans.ReviewInput.self)
        return try await FundPlans.review(unit: unit, input, in: try await req.processContext())
    }

    /// 备案 with the national office (supervisors); the body (`filed_on`) may be left out.
    static func file(req: Request) async throws -> FundPlans.PlanView {
        let unit = try await req.unitParameter(.manage)
        let input = (try? req.decodeJSON(FundPlans.FilingInput.self)) ?? FundPlans.FilingInput(filedOn: nil)
        return try await FundPlans.file(unit: unit, input, in: try await req.processContext())
    }

    /// SPEC §4.3 half-year fund usage report, generated from the plan and the expenditures;
    /// `?format=docx|md|html` downloads it as the document the funds page files (json by default).
    static func report(req: Request) async throws -> Response {
        let unit = try req.pathID()
        let scope = try await req.authorize(.read, unit: unit)
        let period = try req.queryPeriod()
        guard period.kind == .halfYear else {
            throw AppError.badRequest("invalid_period", zh: "经费使用情况按半年报告（例：2024H1）。", en: "Fund reports are half-yearly (e.g. 2024H1).", field: "period")
        }
        let name = scope.tree[unit]?.name ?? ""
        let r = try await FundPlans.report(unit, unitName: name, period: period, store: req.processStore)
        let format = req.query[String.self, at: "format"] ?? "json"
        if format == "json" { return try await r.encodeResponse(for: req) }
        return try Response.download(FundReportDocument.make(r, signature: name, date: req.today), format: format)
    }
}

extension FundPlans.PlanView: Content {}
