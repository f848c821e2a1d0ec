import Fluent
import TaizhangDomain
import Vapor

/// Evidence files (佐证资料) of ledger entries: bytes under `<data dir>/evidence/<sha256>`
/// (content-addressed, so the same photo attached twice is stored once), one `evidence`
/// row per attachment. Shared by the JSON API and the ledger pages.
enum EvidenceStore {
    /// The default per-file limit (TAIZHANG_EVIDENCE_MAX_MB changes it).
    static let maxBytes = 10 * 1024 * 1024

    /// Largest request body of an upload route: one file at the limit plus the form's text
    /// fields. Several files together are held to the same total (issue #12: 64 MB bodies let
    /// two clients stall the server).
    static func maxBody(_ app: Application) -> ByteCount {
        ByteCount(value: app.appConfig.security.evidenceMaxBytes + 256 * 1024)
    }

    /// What offices attach: photos, scans, PDF, Word/Excel, plain text. Served back with
    /// this type, never one guessed from the bytes.
    static let types: [String: String] = [
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif", "webp": "image/webp",
        "pdf": "application/pdf", "txt": "text/plain; charset=utf-8",
        "doc": "application/msword", "xls": "application/vnd.ms-excel",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]

    static func ext(_ filename: String) -> String {
        guard let dot = filename.lastIndex(of: ".") else { return "" }
        return filename[filename.index(after: dot)...].lowercased()
    }

    /// Every file's problems, before anything is written: too large, empty, or a type
    /// not accepted. `field` is the form field the message belongs to.
    static func problems(_ files: [WebForm.Upload], field: String, maxBytes: Int = maxBytes) -> [DomainError] {
        let maxBytesText = limitText(maxBytes)
        return files.compactMap { f in
            let name = f.filename.isEmpty ? "（未命名）" : f.filename
            if f.data.readableBytes > maxBytes {
                return DomainError("file_too_large", zh: "文件“\(name)”超过\(maxBytesText)，未保存。",
                                   en: "“\(name)” is larger than \(maxBytesText); nothing was saved.", field: field)
            }
            if f.data.readableBytes == 0 {
                return DomainError("file_empty", zh: "文件“\(name)”是空文件。", en: "“\(name)” is empty.", field: field)
            }
            if types[ext(f.filename)] == nil {
                return DomainError("file_type", zh: "文件“\(name)”的类型不支持（可上传图片、PDF、Word、Excel、文本文件）。",
                                   en: "“\(name)”: unsupported type (images, PDF, Word, Excel, text).", field: field)
            }
            return nil
        }
    }

    /// Stores the files and their rows for `entry`, audited like any other ledger change.
    /// The caller checked `problems` and the caller's right to write the entry's unit.
    /// Files are written first: a failed transaction leaves at most an unreferenced file,
    /// never a row without its bytes.
    @discardableResult
    static func add(_ files: [WebForm.Upload], to entry: EntryModel, req: Request) async throws -> [EvidenceModel] {
        guard !files.isEmpty else { return [] }
        let caller = try req.caller()
        let dir = directory(req.application)
        var rows: [EvidenceModel] = []
        for f in files {
            let bytes = Data(buffer: f.data)
            let sha = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            try await req.application.threadPool.runIfActive { try write(bytes, sha: sha, in: dir) }
            let m = EvidenceModel()
            m.entryID = entry.id!; m.fileName = cleanName(f.filename); m.contentType = types[ext(f.filename)]!
            m.size = bytes.count; m.sha256 = sha; m.uploadedBy = caller.userID; m.uploadedAt = req.now
            rows.append(m)
        }
        let stored = rows
        try await req.db.transaction { db in
            for m in stored { try await m.create(on: db) }
            try await Audit.record(on: db, userID: caller.userID, action: "add_evidence", entity: "entry", entityID: entry.id,
                                   unitID: entry.unitID, before: Audit.None?.none,
                                   after: stored.map { ["id": "\($0.id!)", "file_name": $0.fileName, "sha256": $0.sha256] }, at: req.now)
        }
        return rows
    }

    /// Removes one attachment; the file goes too unless another attachment has the same bytes.
    static func remove(_ m: EvidenceModel, of entry: EntryModel, req: Request) async throws {
        let caller = try req.caller()
        try await req.db.transaction { db in
            try await m.delete(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "remove_evidence", entity: "entry", entityID: entry.id,
                                   unitID: entry.unitID, before: ["id": "\(m.id!)", "file_name": m.fileName, "sha256": m.sha256],
                                   after: Audit.None?.none, at: req.now)
        }
        if try await EvidenceModel.query(on: req.db).filter(\.$sha256 == m.sha256).count() == 0 {
            try? FileManager.default.removeItem(atPath: path(m.sha256, in: directory(req.application)))
        }
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
        let file = path(m.sha256, in: directory(req.application))
        guard let data = try await req.application.threadPool.runIfActive({ FileManager.default.contents(atPath: file) }) else {
            throw AppError.notFound("Evidence file", zh: "该佐证文件")
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: m.contentType)
        let e = ext(m.fileName)
        headers.replaceOrAdd(name: .contentDisposition,
                             value: HTTPHeaders.attachment(title: e.isEmpty ? m.fileName : String(m.fileName.dropLast(e.count + 1)), ext: e))
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// A limit as people say it: "10 MB", "2 MB", "10.3 MB".
    static func limitText(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / 1024 / 1024) MB" : sizeText(bytes)
    }

    /// "1.2 MB", "35 KB".
    static func sizeText(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : "\(max(1, (bytes + 1023) / 1024)) KB"
    }

    static func directory(_ app: Application) -> String {
        (app.appConfig.dataDirectory as NSString).appendingPathComponent("evidence")
    }

    static func path(_ sha: String, in dir: String) -> String { (dir as NSString).appendingPathComponent(sha) }

    /// Written to a temporary name and renamed, so a reader never sees half a file.
    static func write(_ bytes: Data, sha: String, in dir: String) throws {
        let target = path(sha, in: dir)
        if FileManager.default.fileExists(atPath: target) { return }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let temp = (dir as NSString).appendingPathComponent(".upload-\(UUID().uuidString)")
        try bytes.write(to: URL(fileURLWithPath: temp))
        guard rename(temp, target) == 0 else {
            try? FileManager.default.removeItem(atPath: temp)
            throw AppError(.internalServerError, "storage_failed", zh: "文件保存失败。", en: "The file could not be stored.")
        }
    }

    /// The name as shown and offered on download: no folders, no control characters.
    static func cleanName(_ raw: String) -> String {
        let base = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? raw
        let clean = String(base.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init)).prefix(200)
        return clean.isEmpty ? "file" : String(clean)
    }
}
