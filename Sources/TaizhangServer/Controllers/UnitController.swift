import Fluent
import TaizhangDomain
import Vapor

/// The unit hierarchy: list what the caller can see, create and rename units.
enum UnitController {
    struct UnitDTO: Content {
        var id: Int
        var parentId: Int?
        var kind: UnitKind
        var kindLabel: String
        var name: String
        var code: String?
        var demoZone: Bool
        var demoProject: Bool
        var establishedOn: CivilDate?
        var creationStartsOn: CivilDate?
        var depth: Int

        init(_ u: DomainUnit, tree: UnitTree) {
            id = u.id; parentId = u.parentID; kind = u.kind; kindLabel = u.kind.chinese; name = u.name
            code = u.code; demoZone = u.flags.contains(.demoZone); demoProject = u.flags.contains(.demoProject)
            establishedOn = u.establishedOn; creationStartsOn = u.creationStartsOn
            depth = tree.depth(of: u.id)
        }
    }
    struct UnitInput: Content {
        var parentId: Int?
        var kind: UnitKind
        var name: String
        var code: String?
        var demoZone: Bool?
        var demoProject: Bool?
        /// 成立日期: no report is expected for periods begun before it.
        var establishedOn: CivilDate?

        var domain: Units.Input {
            .init(parentId: parentId, kind: kind, name: name, code: code, demoZone: demoZone, demoProject: demoProject, establishedOn: establishedOn)
        }
    }

    static func list(req: Request) async throws -> [UnitDTO] {
        let scope = try await req.scope()
        return scope.readableUnits.map { UnitDTO($0, tree: scope.tree) }
    }

    static func get(req: Request) async throws -> UnitDTO {
        let id = try req.pathID()
        let scope = try await req.authorize(.read, unit: id)
        return UnitDTO(scope.tree[id]!, tree: scope.tree)
    }

    /// Admins create anywhere; supervisors create below their subtree (`Units.create`).
    static func create(req: Request) async throws -> UnitDTO {
        let unit = try await Units.create(try req.decodeJSON(UnitInput.self).domain, actor: try await req.actor(), writes: req.writes,
                                          directory: req.application.unitDirectory)
        return UnitDTO(unit, tree: try await req.application.unitDirectory.tree(on: req.db))
    }

    static func update(req: Request) async throws -> UnitDTO {
        let unit = try await Units.update(try req.pathID(), try req.decodeJSON(UnitInput.self).domain, actor: try await req.actor(),
                                          writes: req.writes, directory: req.application.unitDirectory)
        return UnitDTO(unit, tree: try await req.application.unitDirectory.tree(on: req.db))
    }
}
