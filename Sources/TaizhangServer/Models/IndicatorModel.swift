import Fluent
import Foundation
import TaizhangDomain

final class IndicatorModel: Model, @unchecked Sendable {
    static let schema = "indicators"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "code") var code: String
    /// The whole indicator as JSON (names, measure word, aggregation, synonyms …).
    @Field(key: "definition") var definition: String

    init() {}
    init(_ i: Indicator) { code = i.code; definition = JSON.string(i) }

    var domain: Indicator? { JSON.decode(Indicator.self, definition) }
}

final class TargetModel: Model, @unchecked Sendable {
    static let schema = "targets"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "indicator_code") var indicatorCode: String
    @Field(key: "period_code") var periodCode: String
    @Field(key: "value") var value: Double

    init() {}
    init(_ t: Target) { unitID = t.unitID; indicatorCode = t.indicatorCode; periodCode = t.period.code; value = t.value }

    var domain: Target? {
        Period(code: periodCode).map { Target(unitID: unitID, indicatorCode: indicatorCode, period: $0, value: value) }
    }
}

final class PlanModel: Model, @unchecked Sendable {
    static let schema = "plans"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    /// The plan as JSON (report type, period kind, selector, due rule …): plans are data.
    @Field(key: "definition") var definition: String
    @Field(key: "active") var active: Bool

    init() {}
    init(_ p: ReportingPlan) { definition = JSON.string(p); active = true }

    var domain: ReportingPlan? {
        guard var p = JSON.decode(ReportingPlan.self, definition) else { return nil }
        p.id = id ?? p.id
        return p
    }

    /// The plans in force, by id.
    static func active(on db: any Database) async throws -> [ReportingPlan] {
        try await query(on: db).filter(\.$active == true).sort(\.$id).all().compactMap(\.domain)
    }

    /// Every plan, retired ones included (old submissions still name them), by id.
    static func byID(on db: any Database) async throws -> [Int: ReportingPlan] {
        Dictionary(uniqueKeysWithValues: try await query(on: db).all().compactMap(\.domain).map { ($0.id, $0) })
    }
}

final class ValidationRuleModel: Model, @unchecked Sendable {
    static let schema = "validation_rules"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "definition") var definition: String
    @Field(key: "active") var active: Bool

    init() {}
    init(_ r: ValidationRule) { definition = JSON.string(r); active = true }

    var domain: ValidationRule? {
        guard var r = JSON.decode(ValidationRule.self, definition) else { return nil }
        r.id = id ?? r.id
        return r
    }
}

/// Shared JSON coding for definitions stored as text (portable across SQLite and PostgreSQL).
enum JSON {
    static func string<T: Encodable>(_ value: T) -> String {
        let enc = JSONEncoder(); enc.outputFormatting = [.sortedKeys]
        return (try? String(decoding: enc.encode(value), as: UTF8.self)) ?? "null"
    }
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
