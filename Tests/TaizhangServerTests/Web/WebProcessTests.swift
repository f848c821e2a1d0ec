import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// The process-management pages (SPEC §4) in the browser, on the demo district
    /// (城关街道 a zone, 沙门镇 a project, 白石镇 a vetoed project), both engines.
    /// Page families live in the `WebProcessTests+…` files.
    @Suite struct WebProcessTests {
        static func login(_ app: Application, _ user: String) async throws -> Browser {
            try await Browser.login(app, user, password: DemoDataset.password)
        }

        static func unitID(_ app: Application, _ name: String) async throws -> Int {
            try await UnitModel.query(on: app.db).filter(\.$name == name).first()!.requireID()
        }

        /// The demo district on a fresh database of `engine` (see `ProcessTests.withDemo`).
        static func withDemo(_ engine: Engine, _ body: (Application) async throws -> Void) async throws {
            try await ProcessTests().withDemo(engine, body)
        }

        /// The tab shows only where a zone or project is in reach, whatever the role.
        @Test(arguments: Engine.enabled)
        func theProcessTabFollowsTheUnits(engine: Engine) async throws {
            try await Self.withDemo(engine) { app in
                // setup
                let zoneStaff = try await Self.login(app, "chengguan.staff")
                let otherLiaison = try await Self.login(app, "donghu.liaison")
                let supervisor = try await Self.login(app, "wenlvju.supervisor")
                // act
                let zoneHome = try await zoneStaff.get("/")
                let otherHome = try await otherLiaison.get("/")
                let picker = try await supervisor.get("/process/group")
                // assert
                #expect(zoneHome.body.string.contains(#"href="/process/group""#))
                #expect(!otherHome.body.string.contains(#"href="/process/group""#))
                // The supervisor picks among the three creations; the first is shown.
                #expect(picker.status == .ok)
                for name in ["城关街道", "沙门镇", "白石镇"] { #expect(picker.body.string.contains(">\(name)</option>")) }
                #expect(picker.body.string.contains("张建国"))
            }
        }

        /// Another unit's people get 403 on every page and form; a unit that is no creation 404.
        @Test(arguments: Engine.enabled)
        func anotherUnitsUserIsRefused(engine: Engine) async throws {
            try await Self.withDemo(engine) { app in
                // setup
                let zone = try await Self.unitID(app, "城关街道")
                let other = try await Self.login(app, "donghu.staff")
                _ = try await other.get("/")
                // act
                var statuses: [HTTPResponseStatus] = []
                for page in ["group", "liaison", "funds", "inspections", "scores", "acceptance"] {
                    statuses.append(try await other.get("/process/\(page)?unit=\(zone)").status)
                }
                let post = try await other.post("/process/group/members?unit=\(zone)", ["name": "某人", "position": "member", "department": "某局"])
                let own = try await other.get("/process/group")
                // assert
                #expect(statuses.allSatisfy { $0 == .forbidden }, "\(statuses)")
                #expect(post.status == .forbidden)
                #expect(own.status == .notFound)
                #expect(own.body.string.contains("未登记示范区"))
            }
        }
    }
}
