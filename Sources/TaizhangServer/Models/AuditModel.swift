import Fluent
import Foundation

/// One mutation: who, when, what, before and after (JSON text).
final class AuditModel: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @OptionalField(key: "user_id") var userID: Int?
    @Field(key: "action") var action: String
    @Field(key: "entity") var entity: String
    @OptionalField(key: "entity_id") var entityID: String?
    @OptionalField(key: "unit_id") var unitID: Int?
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?
    @Field(key: "at") var at: Date

    init() {}
}

/// One reminder per unit, plan, period and kind (the unique `key` makes the job idempotent).
final class ReminderModel: Model, @unchecked Sendable {
    static let schema = "reminders"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "key") var key: String
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "plan_id") var planID: Int
    @Field(key: "period_code") var periodCode: String
    @Field(key: "kind") var kind: String
    @Field(key: "message") var message: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// A reminder as listed to one user in the app.
final class NotificationModel: Model, @unchecked Sendable {
    static let schema = "notifications"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "user_id") var userID: Int
    @OptionalField(key: "reminder_id") var reminderID: Int?
    @Field(key: "message") var message: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "read_at") var readAt: Date?

    init() {}
}
