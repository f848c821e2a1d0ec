import Fluent
import Foundation
import TaizhangDomain

final class EntryModel: Model, @unchecked Sendable {
    static let schema = "entries"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "category") var category: String
    @Field(key: "title") var title: String
    @Field(key: "narrative") var narrative: String
    @OptionalField(key: "place") var place: String?
    /// ISO dates (yyyy-mm-dd) sort and compare correctly as text on both engines.
    @Field(key: "date") var date: String
    @OptionalField(key: "end_date") var endDate: String?
    @Field(key: "counts_on") var countsOn: String
    @Field(key: "source") var source: String
    @Field(key: "planned") var planned: Bool
    /// Provenance of imported entries: document id and character span.
    @OptionalField(key: "doc_id") var docID: String?
    @OptionalField(key: "span_start") var spanStart: Int?
    @OptionalField(key: "span_end") var spanEnd: Int?
    /// Imported entries wait for a person's confirmation.
    @Field(key: "pending") var pending: Bool
    /// Third-party confirmation ("由村委负责人签字").
    @OptionalField(key: "confirmer") var confirmer: String?
    @OptionalField(key: "confirmed_at") var confirmedAt: Date?
    /// The user who confirmed (a 确认人 or supervisor, never the creator, when required).
    @OptionalField(key: "confirmed_by") var confirmedBy: Int?
    /// The entry waits for a third party's confirmation, not only the importer's check.
    @Field(key: "confirmation_required") var confirmationRequired: Bool
    /// Bumped by every update: a stale edit (based on an older version) is refused.
    @Field(key: "version") var version: Int
    @Field(key: "created_by") var createdBy: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

final class EntryValueModel: Model, @unchecked Sendable {
    static let schema = "entry_values"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "entry_id") var entryID: Int
    /// Denormalised from the entry so aggregates need no join.
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "counts_on") var countsOn: String
    @Field(key: "planned") var planned: Bool
    @Field(key: "pending") var pending: Bool
    @Field(key: "indicator_code") var indicatorCode: String
    @Field(key: "value") var value: Double
    @OptionalField(key: "qualifier") var qualifier: String?

    init() {}
}
