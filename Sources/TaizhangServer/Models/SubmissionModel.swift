import Fluent
import Foundation

final class SubmissionModel: Model, @unchecked Sendable {
    static let schema = "submissions"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "plan_id") var planID: Int
    @Field(key: "period_code") var periodCode: String
    @Field(key: "status") var status: String
    @Field(key: "narrative") var narrative: String
    /// Snapshot of the reported indicator values, JSON [IndicatorValue].
    @Field(key: "values_json") var valuesJSON: String
    /// Set once, on the first submit: timeliness is derived from it.
    @OptionalField(key: "first_submitted_at") var firstSubmittedAt: Date?
    @Field(key: "created_by") var createdBy: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    /// Bumped by every change of narrative, values or status.
    @Field(key: "version") var version: Int

    init() {}
}

final class SubmissionEventModel: Model, @unchecked Sendable {
    static let schema = "submission_events"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "submission_id") var submissionID: Int
    @Field(key: "action") var action: String
    @Field(key: "from_status") var fromStatus: String
    @Field(key: "to_status") var toStatus: String
    @Field(key: "user_id") var userID: Int
    @OptionalField(key: "comment") var comment: String?
    @Field(key: "at") var at: Date

    init() {}
}
