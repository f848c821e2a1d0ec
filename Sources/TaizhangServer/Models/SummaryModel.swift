import Fluent
import Foundation
import TaizhangDocument
import TaizhangText

final class SummaryModel: Model, @unchecked Sendable {
    static let schema = "summaries"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "period_code") var periodCode: String
    /// A supervisor's roll-up over the unit's subtree (with ranking tables).
    @Field(key: "subtree") var subtree: Bool
    @Field(key: "title") var title: String
    @Field(key: "latest_version") var latestVersion: Int
    @Field(key: "created_by") var createdBy: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

final class SummaryVersionModel: Model, @unchecked Sendable {
    static let schema = "summary_versions"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "summary_id") var summaryID: Int
    @Field(key: "number") var number: Int
    /// `generated` (from the ledger) or `edited` (a user's save).
    @Field(key: "origin") var origin: String
    /// `SummaryDocument` as JSON: blocks, runs, numbers with their trace.
    @Field(key: "content") var content: String
    /// The checker's findings on this version (`[Finding]` as JSON).
    @Field(key: "findings") var findings: String
    @Field(key: "finding_count") var findingCount: Int
    @Field(key: "author_id") var authorID: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var document: SummaryDocument {
        get throws {
            guard let doc = JSON.decode(SummaryDocument.self, content) else {
                throw AppError(.internalServerError, "corrupt_summary", zh: "该版本内容无法读取。", en: "This version's content cannot be read.")
            }
            return doc
        }
    }

    var findingList: [Finding] { JSON.decode([Finding].self, findings) ?? [] }
}

final class NoteModel: Model, @unchecked Sendable {
    static let schema = "notes"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "period_code") var periodCode: String
    @Field(key: "text") var text: String
    @Field(key: "author_id") var authorID: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

final class EvidenceModel: Model, @unchecked Sendable {
    static let schema = "evidence"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "entry_id") var entryID: Int
    @Field(key: "file_name") var fileName: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "size") var size: Int
    @Field(key: "sha256") var sha256: String
    @Field(key: "uploaded_by") var uploadedBy: Int
    @Field(key: "uploaded_at") var uploadedAt: Date

    init() {}

    /// Evidence files per entry, read in chunks so the IN list stays under every engine's
    /// bind-parameter limit.
    static func counts(for entryIDs: [Int], on db: any Database) async throws -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for start in stride(from: 0, to: entryIDs.count, by: 5_000) {
            let chunk = Array(entryIDs[start..<min(start + 5_000, entryIDs.count)])
            for e in try await query(on: db).filter(\.$entryID ~~ chunk).all() { counts[e.entryID, default: 0] += 1 }
        }
        return counts
    }
}
