import Fluent
import TaizhangDomain
import Vapor

extension SubmissionController {
    /// Whether the caller may take `action` on `m` now: the role (`AccessScope.may`) and who did
    /// the earlier steps (`SegregationOfDuties`, unless switched off by configuration).
    static func authorizeTransition(_ action: SubmissionAction, on m: SubmissionModel, req: Request) async throws {
        let caller = try req.caller()
        let scope = try await req.scope()
        guard scope.tree[m.unitID] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
        guard scope.may(action, from: SubmissionStatus(rawValue: m.status) ?? .draft, on: m.unitID) else { throw AppError.forbidden }
        let duties = SegregationOfDuties(enabled: req.application.appConfig.security.segregationOfDuties)
        try req.refuse(duties.refusal(action, by: caller.userID, history: try await steps(m, on: req.db)))
    }

    /// The report's history as `SegregationOfDuties` reads it, oldest first.
    static func steps(_ m: SubmissionModel, on db: any Database) async throws -> [SegregationOfDuties.Step] {
        try await SubmissionEventModel.query(on: db).filter(\.$submissionID == m.id!).sort(\.$at).sort(\.$id).all()
            .compactMap { e in SubmissionAction(rawValue: e.action).map { SegregationOfDuties.Step($0, by: e.userID) } }
    }
}
