import Fluent
import TaizhangDomain
import Vapor

/// Reading evidence files (佐证资料) of ledger entries for the API and the pages: bytes under
/// `<data dir>/evidence/<sha256>` (content-addressed, so the same photo attached twice is
/// stored once), one `evidence` row per attachment. Changes go through `Ledger`.
enum EvidenceStore {
    /// Largest request body of an upload route: one file at the limit plus the form's text
    /// fields. Several files together are held to the same total (issue #12: 64 MB bodies let
    /// two clients stall the server).
    static func maxBody(_ app: Application) -> ByteCount {
        ByteCount(value: app.appConfig.security.evidenceMaxBytes + 256 * 1024)
    }

    /// A limit as people say it: "10 MB", "2 MB", "10.3 MB".
    static func limitText(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / 1024 / 1024) MB" : sizeText(bytes)
    }

    /// The attachment `eid` of entry `entry` (404 when it belongs to another entry).
    static func find(_ eid: Int, of entry: EntryModel, on db: any Database) async throws -> EvidenceModel {
        guard let m = try await EvidenceModel.find(eid, on: db), m.entryID == entry.id else {
            throw AppError.notFound("Evidence", zh: "该佐证资料")
        }
        return m
    }

    static func list(_ entry: EntryModel, on db: any Database) async throws -> [EvidenceModel] {
        try await EvidenceModel.query(on: db).filter(\.$entryID == entry.id!).sort(\.$id).all()
    }

    /// The file as a download: its stored type, an attachment (never shown inline, so an
    /// uploaded page cannot run in the site's origin), and no type sniffing.
    static func download(_ m: EvidenceModel, req: Request) async throws -> Response {
        let file = path(m.sha256, in: req.application)
        guard let data = try await req.application.threadPool.runIfActive({ FileManager.default.contents(atPath: file) }) else {
            throw AppError.notFound("Evidence file", zh: "该佐证文件")
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: m.contentType)
        let e = EvidenceFiles.ext(m.fileName)
        headers.replaceOrAdd(name: .contentDisposition,
                             value: HTTPHeaders.attachment(title: e.isEmpty ? m.fileName : String(m.fileName.dropLast(e.count + 1)), ext: e))
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// "1.2 MB", "35 KB".
    static func sizeText(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : "\(max(1, (bytes + 1023) / 1024)) KB"
    }

    static func path(_ sha: String, in app: Application) -> String { app.evidenceFiles.path(sha) }
}

extension WebForm.Upload {
    /// The upload as the use cases take it.
    var evidence: EvidenceFiles.Upload { EvidenceFiles.Upload(filename: filename, data: Data(buffer: data)) }
}
