import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// A fund usage plan: title and filing as columns, lines and reviews as JSON.
final class FundPlanModel: Model, @unchecked Sendable {
    static let schema = "fund_plans"
    struct Parts: Codable { var lines: [FundPlanLine]; var reviews: [FundPlanReview] }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "title") var title: String
    @Field(key: "definition") var definition: String
    @OptionalField(key: "filed_on") var filedOn: String?

    init() {}

    func apply(_ p: FundPlan) {
        unitID = p.unitID; title = p.title; filedOn = p.filedOn?.iso
        definition = JSON.string(Parts(lines: p.lines, reviews: p.reviews))
    }

    var domain: FundPlan {
        let parts = JSON.decode(Parts.self, definition) ?? Parts(lines: [], reviews: [])
        return FundPlan(id: id ?? 0, unitID: unitID, title: title, lines: parts.lines, reviews: parts.reviews,
                        filedOn: filedOn.flatMap { CivilDate(iso: $0) })
    }
}

final class ExpenditureModel: Model, @unchecked Sendable {
    static let schema = "expenditures"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "plan_id") var planID: Int
    @OptionalField(key: "line_id") var lineID: Int?
    @Field(key: "amount_fen") var amount: Int
    @Field(key: "date") var date: String
    @Field(key: "source") var source: String
    @Field(key: "description") var description: String
    @OptionalField(key: "created_by") var createdBy: Int?
    @Field(key: "created_at") var createdAt: Date

    init() {}
    init(_ e: Expenditure, by user: Int?, at now: Date) {
        unitID = e.unitID; planID = e.planID; lineID = e.lineID; amount = e.amount; date = e.date.iso
        source = e.source.rawValue; description = e.description; createdBy = user; createdAt = now
    }

    var domain: Expenditure? {
        guard let d = CivilDate(iso: date), let s = FundSource(rawValue: source) else { return nil }
        return Expenditure(id: id ?? 0, unitID: unitID, planID: planID, lineID: lineID, amount: amount, date: d, source: s, description: description)
    }
}

/// A process record of one unit with its own id (an inspection, a report, an item, a visit).
protocol ProcessRecord: Codable, Sendable {
    var id: Int { get set }
    var unitID: Int { get set }
}

extension HalfYearReport: ProcessRecord {}
extension Inspection: ProcessRecord {}
extension RectificationItem: ProcessRecord {}
extension SiteVisit: ProcessRecord {}

/// Records whose whole domain value is stored as JSON beside a few key columns; the id
/// and unit come from the columns.
protocol ProcessRecordModel: Model where IDValue == Int {
    associatedtype Domain: ProcessRecord
    var unitID: Int { get set }
    var definition: String { get set }
    /// Copies the key columns from the value.
    func columns(_ value: Domain)
}

extension ProcessRecordModel {
    func store(_ value: Domain) { columns(value); definition = JSON.string(value) }

    var domain: Domain? {
        JSON.decode(Domain.self, definition).map { var v = $0; v.id = id ?? 0; v.unitID = unitID; return v }
    }
}

final class HalfYearReportModel: Model, ProcessRecordModel, @unchecked Sendable {
    static let schema = "half_year_reports"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "kind") var kind: String
    @Field(key: "period_code") var periodCode: String
    @Field(key: "filed_on") var filedOn: String
    @Field(key: "definition") var definition: String

    init() {}
    func columns(_ r: HalfYearReport) { unitID = r.unitID; kind = r.kind.rawValue; periodCode = r.period.code; filedOn = r.filedOn.iso }
}

final class InspectionModel: Model, ProcessRecordModel, @unchecked Sendable {
    static let schema = "inspections"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "planned_on") var plannedOn: String
    @OptionalField(key: "held_on") var heldOn: String?
    @Field(key: "definition") var definition: String

    init() {}
    func columns(_ i: Inspection) { unitID = i.unitID; plannedOn = i.plannedOn.iso; heldOn = i.heldOn?.iso }
}

final class RectificationItemModel: Model, ProcessRecordModel, @unchecked Sendable {
    static let schema = "rectification_items"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "source_kind") var sourceKind: String
    @Field(key: "source_id") var sourceID: Int
    @Field(key: "due_date") var dueDate: String
    @OptionalField(key: "closed_on") var closedOn: String?
    @Field(key: "definition") var definition: String

    init() {}
    func columns(_ r: RectificationItem) {
        unitID = r.unitID; sourceKind = r.source.kind.rawValue; sourceID = r.source.id; dueDate = r.dueDate.iso; closedOn = r.closedOn?.iso
    }
}
