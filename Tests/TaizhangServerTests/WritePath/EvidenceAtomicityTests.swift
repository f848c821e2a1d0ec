import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// An entry created with evidence is one unit of work: a refused entry leaves neither a
    /// row nor a file; orphans left by a crash are swept.
    @Suite struct EvidenceAtomicityTests {
        static func files(_ app: Application) -> [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: app.evidenceFiles.directory)) ?? []
        }

        @Test(arguments: Engine.enabled)
        func aFailedCreateLeavesNoFileAndNoRow(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: June accepted, so a June entry is refused inside the transaction (after staging)
                let staff = try await Caller.login(app, "staff.a")
                let sid = try await ConcurrencyTests.submitted(app, w)
                _ = try await Caller.login(app, "leader.a").send(.POST, "/api/submissions/\(sid)/transitions", json: #"{"action":"approve"}"#)
                _ = try await Caller.login(app, "supervisor").send(.POST, "/api/submissions/\(sid)/transitions", json: #"{"action":"accept"}"#)
                let entries = try await EntryModel.query(on: app.db).count()
                let actor = Actor(userID: try await UserModel.query(on: app.db).filter(\.$username == "staff.a").first()!.id!,
                                  username: "staff.a", displayName: "staff.a",
                                  scope: AccessScope(grants: [RoleGrant(unitID: w.streetA, role: .staff)], tree: try await app.unitDirectory.tree(on: app.db)),
                                  ip: nil, viaBrowser: true)
                let input = Ledger.EntryInput(unitId: w.streetA, category: .activity, title: "演出", date: CivilDate(2024, 6, 11))
                // act
                await #expect(throws: AppError.self) {
                    _ = try await Ledger.create([input], files: [.init(filename: "photo.jpg", data: Data(repeating: 7, count: 2048))],
                                                actor: actor, catalog: try await app.catalogCache.catalog(on: app.db),
                                                evidence: app.evidenceFiles, writes: app.writes)
                }
                // assert
                #expect(try await EntryModel.query(on: app.db).count() == entries)
                #expect(try await EvidenceModel.query(on: app.db).count() == 0)
                #expect(Self.files(app).isEmpty, "\(Self.files(app))")
                _ = staff
            }
        }

        @Test(arguments: Engine.enabled)
        func orphansAreSwept(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                let dir = app.evidenceFiles.directory
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                let orphan = String(repeating: "a", count: 64), staged = ".staged-\(UUID().uuidString)"
                for name in [orphan, staged] { try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/" + name)) }
                let removed = try await app.evidenceFiles.sweep(on: app.db, now: Date().addingTimeInterval(7200))
                #expect(removed == 2)
                #expect(Self.files(app).isEmpty)
            }
        }
    }
}
