import Crypto
import Fluent
import Foundation
import TaizhangDomain

/// Evidence files (佐证资料) as one unit of work with their rows: bytes are written aside
/// (`.staged-…`) before the transaction, moved to their content address (`<sha256>`) as
/// the transaction's last step, and removed again when it fails; `sweep` clears what a
/// crash left behind. A file is visible only through a committed row.
struct EvidenceFiles: Sendable {
    let directory: String
    /// The per-file limit in force (TAIZHANG_EVIDENCE_MAX_MB; issue #12).
    var maxBytes: Int = EvidenceFiles.maxBytes

    struct Upload: Sendable {
        var filename: String
        var data: Data
    }

    struct Staged: Sendable {
        var filename: String
        var size: Int
        var sha256: String
        var tempPath: String
    }

    /// The default per-file limit.
    static let maxBytes = 10 * 1024 * 1024

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
    static func problems(_ files: [Upload], field: String, maxBytes: Int = maxBytes) -> [DomainError] {
        let maxBytesText = EvidenceStore.limitText(maxBytes)
        return files.compactMap { f in
            let name = f.filename.isEmpty ? "（未命名）" : f.filename
            if f.data.count > maxBytes {
                return DomainError("file_too_large", zh: "文件“\(name)”超过\(maxBytesText)，未保存。",
                                   en: "“\(name)” is larger than \(maxBytesText); nothing was saved.", field: field)
            }
            if f.data.isEmpty { return DomainError("file_empty", zh: "文件“\(name)”是空文件。", en: "“\(name)” is empty.", field: field) }
            if types[ext(f.filename)] == nil {
                return DomainError("file_type", zh: "文件“\(name)”的类型不支持（可上传图片、PDF、Word、Excel、文本文件）。",
                                   en: "“\(name)”: unsupported type (images, PDF, Word, Excel, text).", field: field)
            }
            return nil
        }
    }

    func path(_ sha: String) -> String { (directory as NSString).appendingPathComponent(sha) }

    /// Writes each upload to a temporary name; nothing is visible yet.
    func stage(_ files: [Upload]) throws -> [Staged] {
        guard !files.isEmpty else { return [] }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var out: [Staged] = []
        do {
            for f in files {
                let temp = (directory as NSString).appendingPathComponent(".staged-\(UUID().uuidString)")
                try f.data.write(to: URL(fileURLWithPath: temp))
                out.append(Staged(filename: Self.cleanName(f.filename), size: f.data.count,
                                  sha256: SHA256.hash(data: f.data).map { String(format: "%02x", $0) }.joined(), tempPath: temp))
            }
        } catch {
            discard(out)
            throw AppError(.internalServerError, "storage_failed", zh: "文件保存失败。", en: "The file could not be stored.")
        }
        return out
    }

    /// Inside the transaction: the rows, the audit record, then the files under their
    /// content address (the last step, so a failure before it leaves no file).
    func attach(_ staged: [Staged], to entryID: Int, unit: Int, tx: Tx) async throws {
        let userID = try tx.actor.requireUser
        var changes: [FieldChange] = []
        for s in staged {
            let m = EvidenceModel()
            m.entryID = entryID; m.fileName = s.filename; m.contentType = Self.types[Self.ext(s.filename)] ?? "application/octet-stream"
            m.size = s.size; m.sha256 = s.sha256; m.uploadedBy = userID; m.uploadedAt = tx.now
            try await m.create(on: tx.db)
            changes.append(FieldChange(field: "evidence.\(m.id!)", old: nil, new: "\(s.filename) (\(s.sha256.prefix(12)))"))
        }
        try await tx.audit("add_evidence", entity: "entry", id: entryID, unit: unit, changes: changes)
        for s in staged {
            let target = path(s.sha256)
            if FileManager.default.fileExists(atPath: target) {
                try? FileManager.default.removeItem(atPath: s.tempPath)
            } else if rename(s.tempPath, target) != 0 {
                throw AppError(.internalServerError, "storage_failed", zh: "文件保存失败。", en: "The file could not be stored.")
            }
        }
    }

    /// Temporary files, when staging itself failed.
    func discard(_ staged: [Staged]) {
        for s in staged { try? FileManager.default.removeItem(atPath: s.tempPath) }
    }

    /// After a failed transaction: the temporary files, and any file moved into place that
    /// no committed row references.
    func rollback(_ staged: [Staged], on db: any Database) async {
        discard(staged)
        try? await removeUnreferenced(staged.map(\.sha256), on: db)
    }

    /// Removes the files of `shas` that no row references any more (after a delete commits,
    /// or after a failed attach moved them into place).
    func removeUnreferenced(_ shas: [String], on db: any Database) async throws {
        for sha in Set(shas) where try await EvidenceModel.query(on: db).filter(\.$sha256 == sha).count() == 0 {
            try? FileManager.default.removeItem(atPath: path(sha))
        }
    }

    /// Clears orphans: staged files older than `age` and stored files no row references.
    @discardableResult
    func sweep(on db: any Database, now: Date, age: TimeInterval = 3600) async throws -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return 0 }
        let referenced = Set(try await EvidenceModel.query(on: db).all().map(\.sha256))
        var removed = 0
        for name in names {
            let full = (directory as NSString).appendingPathComponent(name)
            let modified = (try? FileManager.default.attributesOfItem(atPath: full)[.modificationDate] as? Date) ?? now
            guard now.timeIntervalSince(modified) >= age else { continue }
            let orphan = name.hasPrefix(".staged-") || name.hasPrefix(".upload-") || (name.count == 64 && !referenced.contains(name))
            if orphan, (try? FileManager.default.removeItem(atPath: full)) != nil { removed += 1 }
        }
        return removed
    }

    /// The name as shown and offered on download: no folders, no control characters.
    static func cleanName(_ raw: String) -> String {
        let base = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? raw
        let clean = String(base.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init)).prefix(200)
        return clean.isEmpty ? "file" : String(clean)
    }
}
