import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.4 督导检查 and half-year reports over HTTP: writes through `Supervision`, the
/// lists and the "1–2 times a year" warnings read here.
enum SupervisionController {
    static func inspections(req: Request) async throws -> [Inspection] {
        let unit = try await req.unitParameter(.read)
        return try await req.processStore.records(InspectionModel.self, unit: unit)
    }

    static func addInspection(req: Request) async throws -> Response {
        let unit = try await req.unitParameter(.manage)
        let input = try req.decodeJSON(Supervision.InspectionInput.self)
        return try Response.created(try await Supervision.saveInspection(unit: unit, input, in: try await req.processContext()))
    }

    /// Records that a planned inspection was held, its feedback and findings.
    static func updateInspection(req: Request) async throws -> Inspection {
        guard let model = try await InspectionModel.find(try req.pathID(), on: req.db) else { throw AppError.notFound("Inspection", zh: "该督导检查") }
        try await req.authorize(.manage, unit: model.unitID)
        let input = try req.decodeJSON(Supervision.InspectionInput.self)
        return try await Supervision.saveInspection(model.id, unit: model.unitID, input, in: try await req.processContext())
    }

    /// SPEC §4.4 "1–2 times a year": what is wrong with the unit's inspections of a year.
    static func warnings(req: Request) async throws -> [Term] {
        let unit = try await req.unitParameter(.read)
        let store = req.processStore
        return InspectionRules.warnings(unitID: unit, year: try req.queryInt("year"), inspections: try await store.records(InspectionModel.self, unit: unit),
                                        rules: try await store.rules().supervision, asOf: req.today)
    }

    static func reports(req: Request) async throws -> [HalfYearReport] {
        let unit = try await req.unitParameter(.read)
        return try await req.processStore.records(HalfYearReportModel.self, unit: unit)
    }

    /// Files a half-year report today, with the copies-to list of the rule set.
    static func fileReport(req: Request) async throws -> Response {
        let unit = try await req.unitParameter(.writeLedger)
        let input = try req.decodeJSON(Supervision.ReportInput.self)
        return try Response.created(try await Supervision.fileReport(unit: unit, input, in: try await req.processContext()))
    }
}
