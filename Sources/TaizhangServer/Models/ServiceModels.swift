import Fluent
import Foundation
import TaizhangDomain
import TaizhangService

/// A service rule set in the file format of `service-rules-default.json` (SPEC §7 as data).
final class ServiceRuleSetModel: Model, @unchecked Sendable {
    static let schema = "service_rule_sets"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "code") var code: String
    @Field(key: "definition") var definition: String
    @Field(key: "active") var active: Bool
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
    init(_ rules: ServiceRuleSet, at now: Date) { code = rules.code; definition = JSON.string(rules); active = true; updatedAt = now }

    var domain: ServiceRuleSet? { try? ServiceRuleSet.decode(Data(definition.utf8)) }
}

final class ServiceWindowModel: Model, @unchecked Sendable {
    static let schema = "service_windows"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "centre_unit_id") var centreID: Int
    @Field(key: "department_unit_id") var departmentID: Int
    @Field(key: "number") var number: String
    @Field(key: "name") var name: String

    init() {}
    init(_ w: ServiceWindow, centre: Int) { centreID = centre; departmentID = w.departmentID; number = w.number; name = w.name }

    var domain: ServiceWindow { ServiceWindow(id: id ?? 0, departmentID: departmentID, number: number, name: name) }
}

final class ServiceStaffModel: Model, @unchecked Sendable {
    static let schema = "service_staff"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "centre_unit_id") var centreID: Int
    @Field(key: "window_id") var windowID: Int
    @Field(key: "work_number") var workNumber: String
    @Field(key: "name") var name: String
    @OptionalField(key: "user_id") var userID: Int?
    @Field(key: "active") var active: Bool

    init() {}
    init(_ s: ServiceStaff, centre: Int) {
        centreID = centre; windowID = s.windowID; workNumber = s.workNumber; name = s.name; userID = s.userID; active = s.active
    }

    var domain: ServiceStaff { ServiceStaff(id: id ?? 0, windowID: windowID, workNumber: workNumber, name: name, userID: userID, active: active) }
}

final class ServiceItemModel: Model, @unchecked Sendable {
    static let schema = "service_items"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "centre_unit_id") var centreID: Int
    @Field(key: "department_unit_id") var departmentID: Int
    @OptionalField(key: "window_id") var windowID: Int?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "statutory_days") var statutoryDays: Int
    @Field(key: "promised_days") var promisedDays: Int
    /// `[ItemStep]` as JSON.
    @Field(key: "steps") var steps: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func apply(_ i: ServiceItem, centre: Int, at now: Date) {
        centreID = centre; departmentID = i.departmentID; windowID = i.windowID; code = i.code; name = i.name
        kind = i.kind.rawValue; statutoryDays = i.statutoryDays; promisedDays = i.promisedDays; steps = JSON.string(i.steps); updatedAt = now
    }

    var domain: ServiceItem {
        ServiceItem(id: id ?? 0, code: code, name: name, departmentID: departmentID, windowID: windowID,
                    kind: ServiceItem.Kind(rawValue: kind) ?? .promised, statutoryDays: statutoryDays, promisedDays: promisedDays,
                    steps: JSON.decode([ItemStep].self, steps) ?? [])
    }
}
