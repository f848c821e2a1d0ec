import Fluent
import TaizhangDomain
import Vapor

/// Evidence files of a ledger entry over the JSON API: list, upload (multipart `file`,
/// repeatable), download, delete. Reading needs read access to the entry's unit, changing
/// needs the right to write its ledger — the same as the entry itself.
enum EvidenceController {
    struct EvidenceDTO: Content {
        var id: Int
        var entryId: Int
        var fileName: String
        var contentType: String
        var size: Int
        var sha256: String
        var uploadedBy: Int
        var uploadedAt: Date
    }

    static func dto(_ m: EvidenceModel) -> EvidenceDTO {
        EvidenceDTO(id: m.id!, entryId: m.entryID, fileName: m.fileName, contentType: m.contentType, size: m.size,
                    sha256: m.sha256, uploadedBy: m.uploadedBy, uploadedAt: m.uploadedAt)
    }

    static func list(req: Request) async throws -> [EvidenceDTO] {
        let entry = try await EntryController.find(req)
        try await req.authorize(.read, unit: entry.unitID)
        return try await EvidenceStore.list(entry, on: req.db).map(dto)
    }

    static func upload(req: Request) async throws -> Response {
        let entry = try await EntryController.find(req)
        try await req.authorize(.writeLedger, unit: entry.unitID)
        let files = try WebForm.read(req).files.filter { $0.field == "file" }.map(\.evidence)
        let rows = try await Ledger.addEvidence(entry.id!, files: files, actor: try await req.actor(),
                                                evidence: req.evidenceFiles, writes: req.writes)
        let response = Response(status: .created)
        try response.content.encode(rows.map(dto))
        return response
    }

    static func download(req: Request) async throws -> Response {
        let entry = try await EntryController.find(req)
        try await req.authorize(.read, unit: entry.unitID)
        return try await EvidenceStore.download(try await EvidenceStore.find(try req.pathID("eid"), of: entry, on: req.db), req: req)
    }

    static func delete(req: Request) async throws -> HTTPStatus {
        try await Ledger.removeEvidence(try req.pathID(), evidenceID: try req.pathID("eid"), actor: try await req.actor(),
                                        evidence: req.evidenceFiles, writes: req.writes)
        return .noContent
    }
}
