import Fluent
import TaizhangDomain

final class UnitModel: Model, @unchecked Sendable {
    static let schema = "units"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @OptionalField(key: "parent_id") var parentID: Int?
    @Field(key: "kind") var kind: String
    @Field(key: "name") var name: String
    @OptionalField(key: "code") var code: String?
    @Field(key: "demo_zone") var demoZone: Bool
    @Field(key: "demo_project") var demoProject: Bool
    /// 成立日期 (yyyy-mm-dd): no report is expected of the unit for a period begun before it.
    @OptionalField(key: "established_on") var establishedOn: String?

    init() {}

    init(_ u: DomainUnit, id: Int? = nil) {
        self.id = id
        apply(u)
    }

    func apply(_ u: DomainUnit) {
        parentID = u.parentID; kind = u.kind.rawValue; name = u.name; code = u.code
        demoZone = u.flags.contains(.demoZone); demoProject = u.flags.contains(.demoProject)
        establishedOn = u.establishedOn?.iso
    }

    var domain: DomainUnit {
        var flags: Set<UnitFlag> = []
        if demoZone { flags.insert(.demoZone) }
        if demoProject { flags.insert(.demoProject) }
        return DomainUnit(id: id ?? 0, parentID: parentID, kind: UnitKind(rawValue: kind) ?? .other,
                    name: name, code: code, flags: flags, establishedOn: establishedOn.flatMap(CivilDate.init(iso:)))
    }
}
