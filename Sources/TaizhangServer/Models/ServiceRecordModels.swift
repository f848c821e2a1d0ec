import Fluent
import Foundation
import TaizhangDomain
import TaizhangService

/// A 督办: key columns for lists and deadlines, the whole `SupervisionOrder` as JSON.
final class ServiceOrderModel: Model, @unchecked Sendable {
    static let schema = "service_orders"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "centre_unit_id") var centreID: Int
    @Field(key: "case_id") var caseID: Int
    @Field(key: "department_unit_id") var departmentID: Int
    @Field(key: "level") var level: String
    @Field(key: "issued_on") var issuedOn: String
    @Field(key: "response_due") var responseDue: String
    @OptionalField(key: "closed_on") var closedOn: String?
    @Field(key: "definition") var definition: String

    init() {}

    func store(_ o: SupervisionOrder, centre: Int) {
        centreID = centre; caseID = o.caseID; departmentID = o.departmentID; level = o.level; issuedOn = o.issuedOn.iso
        responseDue = o.responseDue.iso; closedOn = o.closedOn?.iso; definition = JSON.string(o)
    }

    var domain: SupervisionOrder? { JSON.decode(SupervisionOrder.self, definition).map { var o = $0; o.id = id ?? 0; return o } }
}

/// A rating: key columns (and whether it counts, after appeals) plus the whole `Rating`.
final class ServiceRatingModel: Model, @unchecked Sendable {
    static let schema = "service_ratings"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "centre_unit_id") var centreID: Int
    @Field(key: "case_id") var caseID: Int
    @Field(key: "department_unit_id") var departmentID: Int
    @OptionalField(key: "window_id") var windowID: Int?
    @OptionalField(key: "staff_id") var staffID: Int?
    @Field(key: "level") var level: String
    @Field(key: "channel") var channel: String
    @Field(key: "rated_at") var ratedAt: Date
    @Field(key: "counts") var counts: Bool
    @Field(key: "definition") var definition: String

    init() {}

    func store(_ r: Rating, centre: Int) {
        centreID = centre; caseID = r.caseID; departmentID = r.departmentID; windowID = r.windowID; staffID = r.staffID
        level = r.level; channel = r.channel; ratedAt = r.ratedAt; counts = r.counts; definition = JSON.string(r)
    }

    var domain: Rating? { JSON.decode(Rating.self, definition).map { var r = $0; r.id = id ?? 0; return r } }
}

final class ServiceFixModel: Model, @unchecked Sendable {
    static let schema = "service_fixes"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "centre_unit_id") var centreID: Int
    @Field(key: "rating_id") var ratingID: Int
    @Field(key: "department_unit_id") var departmentID: Int
    @Field(key: "deadline") var deadline: String
    @OptionalField(key: "closed_on") var closedOn: String?
    @Field(key: "definition") var definition: String

    init() {}

    func store(_ f: RatingFix, centre: Int) {
        centreID = centre; ratingID = f.ratingID; departmentID = f.departmentID; deadline = f.deadline.iso
        closedOn = f.closedOn?.iso ?? (f.voided ? f.openedOn.iso : nil); definition = JSON.string(f)
    }

    var domain: RatingFix? { JSON.decode(RatingFix.self, definition).map { var f = $0; f.id = id ?? 0; return f } }
}

final class ServiceInvitationModel: Model, @unchecked Sendable {
    static let schema = "service_invitations"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "centre_unit_id") var centreID: Int
    @Field(key: "case_id") var caseID: Int
    @Field(key: "channel") var channel: String
    @Field(key: "sent_at") var sentAt: Date
    @Field(key: "automatic") var automatic: Bool

    init() {}
    init(_ i: Invitation, centre: Int) { centreID = centre; caseID = i.caseID; channel = i.channel; sentAt = i.sentAt; automatic = i.automatic }

    var domain: Invitation { Invitation(id: id ?? 0, caseID: caseID, channel: channel, sentAt: sentAt, automatic: automatic) }
}

final class ServiceAppraisalRecordModel: Model, @unchecked Sendable {
    static let schema = "service_appraisal_records"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "centre_unit_id") var centreID: Int
    @Field(key: "staff_id") var staffID: Int
    @Field(key: "date") var date: String
    @Field(key: "source") var source: String
    @Field(key: "count") var count: Double
    @Field(key: "note") var note: String
    @OptionalField(key: "created_by") var createdBy: Int?
    @Field(key: "created_at") var createdAt: Date

    init() {}
    init(_ r: AppraisalRecord, centre: Int, by user: Int?, at now: Date) {
        centreID = centre; staffID = r.staffID; date = r.date.iso; source = r.source.rawValue; count = r.count; note = r.note
        createdBy = user; createdAt = now
    }

    var domain: AppraisalRecord? {
        guard let d = CivilDate(iso: date), let s = AppraisalSource(rawValue: source) else { return nil }
        return AppraisalRecord(id: id ?? 0, staffID: staffID, date: d, source: s, count: count, note: note)
    }
}

/// A published 服务明星 election, frozen as it was when the circular went out.
final class ServiceStarElectionModel: Model, @unchecked Sendable {
    static let schema = "service_star_elections"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "centre_unit_id") var centreID: Int
    @Field(key: "period_code") var periodCode: String
    @Field(key: "definition") var definition: String
    @Field(key: "published_at") var publishedAt: Date
    @OptionalField(key: "published_by") var publishedBy: Int?

    init() {}

    var domain: StarElection? { JSON.decode(StarElection.self, definition) }
}
