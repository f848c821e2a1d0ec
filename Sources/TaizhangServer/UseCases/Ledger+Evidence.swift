import Fluent
import Foundation
import TaizhangDomain

extension Ledger {
    /// Adds evidence files to an entry: rows, audit and files in one unit of work.
    static func addEvidence(_ id: Int, files: [EvidenceFiles.Upload], actor: Actor, evidence: EvidenceFiles,
                            writes: Writes) async throws -> [EvidenceModel] {
        let current = try await find(id, on: writes.db)
        try actor.authorize(.writeLedger, unit: current.unitID)
        guard !files.isEmpty else {
            throw AppError.badRequest("missing_file", zh: "请以multipart表单字段“file”上传文件。", en: "Send the file as multipart field “file”.", field: "file")
        }
        let problems = EvidenceFiles.problems(files, field: "file", maxBytes: evidence.maxBytes)
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        let staged = try evidence.stage(files)
        do {
            try await writes.run(actor) { tx in
                guard let model = try await tx.locked(EntryModel.self, id) else { throw AppError.notFound("Entry", zh: "该台账记录") }
                try await PeriodLocks.check(unit: model.unitID, dates: [CivilDate(iso: model.countsOn)].compactMap { $0 }, on: tx)
                try await evidence.attach(staged, to: id, unit: model.unitID, tx: tx)
            }
        } catch {
            await evidence.rollback(staged, on: writes.db)
            throw error
        }
        return try await EvidenceModel.query(on: writes.db).filter(\.$entryID == id).sort(\.$id, .descending)
            .limit(staged.count).all().reversed()
    }

    /// Removes one attachment; the file goes too unless another attachment has the same bytes.
    static func removeEvidence(_ id: Int, evidenceID: Int, actor: Actor, evidence: EvidenceFiles, writes: Writes) async throws {
        let current = try await find(id, on: writes.db)
        try actor.authorize(.writeLedger, unit: current.unitID)
        let sha = try await writes.run(actor) { tx -> String in
            guard let model = try await tx.locked(EntryModel.self, id) else { throw AppError.notFound("Entry", zh: "该台账记录") }
            guard let m = try await EvidenceModel.find(evidenceID, on: tx.db), m.entryID == id else {
                throw AppError.notFound("Evidence", zh: "该佐证资料")
            }
            try await PeriodLocks.check(unit: model.unitID, dates: [CivilDate(iso: model.countsOn)].compactMap { $0 }, on: tx)
            try await m.delete(on: tx.db)
            try await tx.audit("remove_evidence", entity: "entry", id: id, unit: model.unitID,
                               changes: [FieldChange(field: "evidence.\(evidenceID)", old: "\(m.fileName) (\(m.sha256.prefix(12)))", new: nil)])
            return m.sha256
        }
        try await evidence.removeUnreferenced([sha], on: writes.db)
    }
}
