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

    init() {}

    init(_ u: DomainUnit, id: Int? = nil) {
        self.id = id
        apply(u)
    }

    func apply(_ u: DomainUnit) {
        parentID = u.parentID; kind = u.kind.rawValue; name = u.name; code = u.code
        demoZone = u.flags.contains(.demoZone); demoProject = u.flags.contains(.demoProject)
    }

    var domain: DomainUnit {
        var flags: Set<UnitFlag> = []
        if demoZone { flags.insert(.demoZone) }
        if demoProject { flags.insert(.demoProject) }
        return DomainUnit(id: id ?? 0, parentID: parentID, kind: UnitKind(rawValue: kind) ?? .other,
                    name: name, code: code, flags: flags)
    }
}
