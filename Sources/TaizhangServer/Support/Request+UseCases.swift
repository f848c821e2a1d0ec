import Fluent
import TaizhangDomain
import Vapor

/// The adapters' side of the use-case layer: a request becomes an `Actor` and a `Writes`
/// handle; nothing below this file sees the request.
extension Application {
    var writes: Writes {
        Writes(db: db, engine: appConfig.database.engine, gate: writeGate, clock: dependencies.clock, lookups: writeLookups,
               writer: sqliteWriter)
    }

    var evidenceFiles: EvidenceFiles {
        EvidenceFiles(directory: appConfig.evidenceDirectory ?? (appConfig.dataDirectory as NSString).appendingPathComponent("evidence"),
                      maxBytes: appConfig.security.evidenceMaxBytes)
    }

    /// The system as actor (demo load, jobs, CLI).
    func systemActor(_ name: String) async throws -> Actor {
        Actor.system(name, tree: try await unitDirectory.tree(on: db))
    }
}

extension Request {
    var writes: Writes {
        Writes(db: db, engine: application.appConfig.database.engine, gate: application.writeGate, clock: application.dependencies.clock,
               lookups: application.writeLookups, writer: application.sqliteWriter)
    }

    var evidenceFiles: EvidenceFiles { application.evidenceFiles }

    /// The client address (for the audit log).
    var clientIP: String? { remoteAddress?.ipAddress }

    /// The signed-in caller as the use cases see it (401 when nobody is signed in).
    func actor() async throws -> Actor {
        let c = try caller()
        return Actor(userID: c.userID, username: c.username, displayName: c.displayName, scope: try await scope(),
                     ip: clientIP, viaBrowser: c.viaCookie)
    }

    /// The version an edit is based on: `If-Match: "3"` (or W/"3"), else the body's.
    func ifMatchVersion() -> Int? {
        guard let raw = headers.first(name: .ifMatch) else { return nil }
        return Int(raw.replacingOccurrences(of: "W/", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "\" ")))
    }
}

extension Response {
    /// `ETag: "3"` for a record at version 3.
    func tagged(version: Int) -> Response {
        headers.replaceOrAdd(name: .eTag, value: "\"\(version)\"")
        return self
    }
}

extension Request {
    /// The audit log's filters from the query (`unit`, `user`, `entity`, `record`, `kind`,
    /// `period`, `limit`, `offset`), shared by the API and the page.
    func auditFilter() throws -> AuditLog.Filter {
        AuditLog.Filter(unit: query[Int.self, at: "unit"], user: query[Int.self, at: "user"], entity: queryText("entity"),
                        record: queryText("record"), kind: queryText("kind"), period: try queryText("period").map(Period.parse),
                        limit: query[Int.self, at: "limit"] ?? 100, offset: query[Int.self, at: "offset"] ?? 0)
    }
}
