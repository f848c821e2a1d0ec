import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

final class MediaAdoptionModel: Model, @unchecked Sendable {
    static let schema = "media_adoptions"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    /// The submission the outlet used (`MediaAdoption.informationID`).
    @Field(key: "submission_id") var submissionID: Int
    @Field(key: "outlet") var outlet: String
    @Field(key: "tier") var tier: String
    @Field(key: "date") var date: String
    @Field(key: "link") var link: String
    @OptionalField(key: "tier_reason") var tierReason: String?
    @OptionalField(key: "created_by") var createdBy: Int?
    @Field(key: "created_at") var createdAt: Date

    init() {}
    init(_ a: MediaAdoption, by user: Int?, at now: Date) {
        unitID = a.unitID; submissionID = a.informationID; outlet = a.outlet; tier = a.tier; date = a.date.iso; link = a.link
        tierReason = a.tierReason
        createdBy = user; createdAt = now
    }

    var domain: MediaAdoption? {
        CivilDate(iso: date).map { MediaAdoption(id: id ?? 0, unitID: unitID, informationID: submissionID, outlet: outlet, tier: tier, date: $0, link: link,
                                             tierReason: tierReason) }
    }
}

/// A stored publicity score with its whole breakdown (`PublicityScore` as JSON).
final class PublicityScoreModel: Model, @unchecked Sendable {
    static let schema = "publicity_scores"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "window_code") var windowCode: String
    @Field(key: "base") var base: Int
    @Field(key: "total") var total: Int
    @Field(key: "breakdown") var breakdown: String
    @Field(key: "computed_at") var computedAt: Date

    init() {}

    func apply(_ s: PublicityScore, at now: Date) {
        unitID = s.unitID; windowCode = s.window.code; base = s.base; total = s.total; breakdown = JSON.string(s); computedAt = now
    }

    var domain: PublicityScore? { JSON.decode(PublicityScore.self, breakdown) }
}

final class SiteVisitModel: Model, ProcessRecordModel, @unchecked Sendable {
    static let schema = "site_visits"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "date") var date: String
    @Field(key: "rubric") var rubric: String
    @Field(key: "definition") var definition: String

    init() {}
    func columns(_ v: SiteVisit) { unitID = v.unitID; date = v.date.iso; rubric = v.rubric }
}

/// An assessor's score of an acceptance indicator whose source is `input`.
final class AcceptanceInputModel: Model, @unchecked Sendable {
    static let schema = "acceptance_inputs"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "code") var code: String
    @Field(key: "value") var value: Double

    init() {}
    init(unitID: Int, code: String, value: Double) { self.unitID = unitID; self.code = code; self.value = value }
}
