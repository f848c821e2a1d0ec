import Fluent
import Foundation
import SQLKit
import TaizhangDomain
import TaizhangService

/// Reads a centre's service records (SPEC §7) as the pure TaizhangService values the
/// evaluators take. Cases are read with SQLKit (100,000 rows through Fluent models would
/// cost seconds) and their steps from the compact `StepCodec` text.
struct ServiceStore {
    var db: any Database

    /// The active rule set (the default until an admin stores another).
    func rules() async throws -> ServiceRuleSet {
        if let r = try await ServiceRuleSetModel.query(on: db).filter(\.$active == true).first()?.domain { return r }
        return try ServiceRuleSet.defaults()
    }

    func items(_ centre: Int) async throws -> [ServiceItem] {
        try await ServiceItemModel.query(on: db).filter(\.$centreID == centre).sort(\.$id).all().map(\.domain)
    }

    func windows(_ centre: Int) async throws -> [ServiceWindow] {
        try await ServiceWindowModel.query(on: db).filter(\.$centreID == centre).sort(\.$number).all().map(\.domain)
    }

    func staff(_ centre: Int) async throws -> [ServiceStaff] {
        try await ServiceStaffModel.query(on: db).filter(\.$centreID == centre).sort(\.$workNumber).all().map(\.domain)
    }

    static let caseColumns = ["id", "department_unit_id", "window_id", "staff_id", "item_id", "number", "applicant", "accepted_at",
                              "completed_at", "outcome", "reason", "kind", "statutory_days", "promised_days", "steps"]

    /// The centre's cases accepted up to `through` that were still open or completed on
    /// or after `from` (every case a period's figures can touch), in id order.
    func cases(_ centre: Int, from: Date? = nil, through: Date? = nil, ids: [Int]? = nil, numbers: Set<String>? = nil) async throws -> [ServiceCase] {
        // `IN ()` is a syntax error on PostgreSQL: no ids, no cases.
        if let ids, ids.isEmpty { return [] }
        var q = (db as! any SQLDatabase).select().columns(Self.caseColumns.map { SQLColumn($0) }).from("service_cases")
            .where("centre_unit_id", .equal, centre)
        if let through { q = q.where("accepted_at", .lessThanOrEqual, through) }
        if let from {
            q = q.where(SQLGroupExpression(SQLBinaryExpression(
                left: SQLBinaryExpression(left: SQLColumn("completed_at"), op: SQLBinaryOperator.is, right: SQLLiteral.null),
                op: SQLBinaryOperator.or,
                right: SQLBinaryExpression(left: SQLColumn("completed_at"), op: SQLBinaryOperator.greaterThanOrEqual, right: SQLBind(from)))))
        }
        if let ids { q = q.where("id", .in, ids) }
        var rows = try await q.orderBy("id").all()
        // Numbers of an import: read the centre's and filter here rather than bind 100,000 parameters.
        if let numbers { rows = try rows.filter { numbers.contains(try $0.decode(column: "number", as: String.self)) } }
        let names = Dictionary(try await items(centre).flatMap { $0.steps.map { ($0.code, $0.name) } }, uniquingKeysWith: { a, _ in a })
        var out: [ServiceCase] = []
        out.reserveCapacity(rows.count)
        for r in rows { out.append(try Self.serviceCase(r, names: names)) }
        return out
    }

    static func serviceCase(_ r: any SQLRow, names: [String: String]) throws -> ServiceCase {
        ServiceCase(id: try r.decode(column: "id", as: Int.self), number: try r.decode(column: "number", as: String.self),
                    itemID: try r.decode(column: "item_id", as: Int.self), departmentID: try r.decode(column: "department_unit_id", as: Int.self),
                    windowID: try r.decode(column: "window_id", as: Int?.self), staffID: try r.decode(column: "staff_id", as: Int?.self),
                    applicant: try r.decode(column: "applicant", as: String.self), acceptedAt: try r.decode(column: "accepted_at", as: Date.self),
                    completedAt: try r.decode(column: "completed_at", as: Date?.self),
                    outcome: try r.decode(column: "outcome", as: String?.self).flatMap(CaseOutcome.init(rawValue:)),
                    reason: try r.decode(column: "reason", as: String.self),
                    kind: ServiceItem.Kind(rawValue: try r.decode(column: "kind", as: String.self)) ?? .promised,
                    statutoryDays: try r.decode(column: "statutory_days", as: Int.self), promisedDays: try r.decode(column: "promised_days", as: Int.self),
                    steps: StepCodec.decode(try r.decode(column: "steps", as: String.self), names: names))
    }

    func orders(_ centre: Int, caseIDs: [Int]? = nil) async throws -> [SupervisionOrder] {
        var q = ServiceOrderModel.query(on: db).filter(\.$centreID == centre)
        if let caseIDs {
            if caseIDs.isEmpty { return [] }
            q = q.filter(\.$caseID ~~ caseIDs)
        }
        return try await q.sort(\.$id).all().compactMap(\.domain)
    }

    func ratings(_ centre: Int, from: Date? = nil, through: Date? = nil, caseIDs: [Int]? = nil) async throws -> [Rating] {
        var q = ServiceRatingModel.query(on: db).filter(\.$centreID == centre)
        if let from { q = q.filter(\.$ratedAt >= from) }
        if let through { q = q.filter(\.$ratedAt < through) }
        if let caseIDs {
            if caseIDs.isEmpty { return [] }
            q = q.filter(\.$caseID ~~ caseIDs)
        }
        return try await q.sort(\.$id).all().compactMap(\.domain)
    }

    func fixes(_ centre: Int) async throws -> [RatingFix] {
        try await ServiceFixModel.query(on: db).filter(\.$centreID == centre).sort(\.$id).all().compactMap(\.domain)
    }

    func appraisalRecords(_ centre: Int, from: CivilDate, through: CivilDate) async throws -> [AppraisalRecord] {
        try await ServiceAppraisalRecordModel.query(on: db).filter(\.$centreID == centre)
            .filter(\.$date >= from.iso).filter(\.$date <= through.iso).sort(\.$id).all().compactMap(\.domain)
    }

    func election(_ centre: Int, _ period: Period) async throws -> ServiceStarElectionModel? {
        try await ServiceStarElectionModel.query(on: db).filter(\.$centreID == centre).filter(\.$periodCode == period.code).first()
    }
}

extension Period {
    /// The first and the last instant of the period in Beijing time (from inclusive, through exclusive).
    var instants: (from: Date, until: Date) { (start.startInstant(), end.adding(days: 1).startInstant()) }
}

extension ServiceStore {
    /// The centre a record belongs to (for routes that name only the record).
    static func centreOf(case id: Int, on db: any Database) async throws -> Int? {
        try await (db as! any SQLDatabase).select().column("centre_unit_id").from("service_cases").where("id", .equal, id)
            .first()?.decode(column: "centre_unit_id", as: Int.self)
    }
}
