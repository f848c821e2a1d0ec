import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangService
import Vapor

/// The adapters' side of the service use cases (SPEC §7): a request becomes a
/// `ServiceContext`; the centre's access is decided by `CentreAccess`.
extension Request {
    var serviceStore: ServiceStore { ServiceStore(db: db) }

    /// The signed-in caller's context for the service use cases, answering in the request's language.
    func serviceContext() async throws -> ServiceContext {
        ServiceContext(actor: try await actor(), writes: writes, caseCache: application.serviceCases, language: language)
    }

    /// The centre named by the path (`:id`) and what the caller may do there.
    func centreAccess(_ id: Int? = nil) async throws -> CentreAccess {
        try CentreAccess.resolve(try id ?? pathID(), scope: try await scope())
    }

    /// The centre's access, refused (403) unless the caller does the supervision section's work.
    func supervisingCentre(_ id: Int? = nil, manage: Bool = false) async throws -> CentreAccess {
        let access = try await centreAccess(id)
        guard manage ? access.manages : access.supervises else { throw AppError.forbidden }
        return access
    }

    /// One write transaction as the caller, through `Writes` (the catalog, rules and pack routes).
    func serviceWrite<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await writes.run(try await actor()) { tx in try await body(tx.db) }
    }
}

extension CaseFilter {
    /// The filters from the query (shared by the API and the cases page).
    init(_ req: Request) throws {
        try self.init(status: req.queryText("status"), department: req.query[Int.self, at: "department"], window: req.query[Int.self, at: "window"],
                      text: req.queryText("q"), from: req.queryText("from"), to: req.queryText("to"),
                      limit: req.query[Int.self, at: "limit"], offset: req.query[Int.self, at: "offset"])
    }
}

extension StarCircular {
    /// The circular as a download (docx, md, html) or its JSON.
    static func response(_ doc: SummaryDocument, format: String, name: String) throws -> Response {
        if format == "json" {
            let r = Response(status: .ok)
            try r.content.encode(doc, as: .json)
            return r
        }
        return try Response.download(doc, format: format)
    }
}

extension ServiceImports {
    /// The largest case file accepted (a year of a large centre's cases as CSV).
    static let maxUpload: ByteCount = "64mb"
}
