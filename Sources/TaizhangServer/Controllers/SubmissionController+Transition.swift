import Fluent
import TaizhangDomain
import Vapor

extension SubmissionController {
    /// Moves a submission through its life (`Reporting.transition`).
    static func transition(req: Request) async throws -> SubmissionDTO {
        let id = try req.pathID()
        try await Reporting.transition(id, try req.decodeJSON(Reporting.TransitionInput.self), actor: try await req.actor(),
                                       catalog: try await req.catalog(), writes: req.writes, duties: req.duties)
        return try await load(try await Reporting.find(id, on: req.db), req: req)
    }
}
