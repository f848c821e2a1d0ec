import Fluent
import Foundation

/// A summary draft running in the background (`SummaryJobs`).
final class SummaryJobModel: Model, @unchecked Sendable {
    static let schema = "summary_jobs"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "period_code") var periodCode: String
    @Field(key: "subtree") var subtree: Bool
    /// `running`, `done` (with `summary_id`) or `failed` (with `error`).
    @Field(key: "status") var status: String
    @OptionalField(key: "summary_id") var summaryID: Int?
    @OptionalField(key: "error") var error: String?
    @Field(key: "created_by") var createdBy: Int
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "finished_at") var finishedAt: Date?

    init() {}
}
