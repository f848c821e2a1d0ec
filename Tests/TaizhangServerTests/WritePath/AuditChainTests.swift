import Fluent
import Foundation
import SQLKit
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// The audit log is a hash chain: it verifies on a fresh database and names the first
    /// row changed or removed by hand, on every engine.
    @Suite struct AuditChainTests {
        @Test(arguments: Engine.enabled)
        func verifyPassesThenNamesTheRowEditedByHand(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: a few audited changes and security events
                let staff = try await Caller.login(app, "staff.a")
                for v in 1...3 { _ = try await staff.send(.POST, "/api/entries", json: ConcurrencyTests.edit(w, value: v)) }
                let failed = try await app.testing().sendRequest(.POST, "/api/auth/login", headers: ["Content-Type": "application/json"],
                                                                 body: ByteBuffer(string: #"{"username":"nobody","password":"wrong-password-1"}"#))
                #expect(failed.status == .unauthorized)
                let intact = try await AuditLog.verify(on: app.db)
                #expect(intact.broken == nil)
                let rows = try await AuditEventModel.query(on: app.db).sort(\.$id).all()
                #expect(rows.contains { $0.action == "login_failed" && $0.kind == "security" && $0.username == "nobody" })
                #expect(rows.allSatisfy { $0.at.hasSuffix("Z") && $0.at.contains("T") })
                let victim = rows.first { $0.entity == "entry" }!
                // act: change one value of one row directly in the database
                let sql = app.db as! any SQLDatabase
                try await sql.raw("UPDATE audit_events SET changes = \(bind: victim.changes.replacingOccurrences(of: "\"1\"", with: "\"100\"")) WHERE id = \(bind: victim.id!)").run()
                let broken = try await AuditLog.verify(on: app.db)
                // assert
                #expect(broken.broken?.id == victim.id)
                #expect(broken.checked == rows.firstIndex { $0.id == victim.id })
            }
        }

        @Test(arguments: Engine.enabled)
        func aDeletedRowBreaksTheChainAtTheNextOne(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                for v in 1...3 { _ = try await staff.send(.POST, "/api/entries", json: ConcurrencyTests.edit(w, value: v)) }
                let rows = try await AuditEventModel.query(on: app.db).sort(\.$id).all()
                let middle = rows[rows.count / 2]
                try await (app.db as! any SQLDatabase).raw("DELETE FROM audit_events WHERE id = \(bind: middle.id!)").run()
                let next = rows[rows.count / 2 + 1]
                #expect(try await AuditLog.verify(on: app.db).broken?.id == next.id)
            }
        }

        @Test(arguments: Engine.enabled)
        func theAuditAPIFiltersPagesAndExportsCSV(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a"), supervisor = try await Caller.login(app, "supervisor")
                for v in 1...5 { _ = try await staff.send(.POST, "/api/entries", json: ConcurrencyTests.edit(w, value: v)) }
                let page = try await supervisor.get("/api/audit?unit=\(w.bureau)&entity=entry&limit=2")
                #expect(page.status == .ok, "\(page.body.string)")
                #expect(page.json["total"] as? Int == 5)
                #expect((page.json["items"] as? [[String: Any]])?.count == 2)
                #expect((page.json["next"] as? String)?.contains("offset=2") == true)
                let item = (page.json["items"] as? [[String: Any]])?.first
                #expect((item?["changes"] as? [[String: Any]])?.contains { $0["field"] as? String == "values.performances" } == true)
                #expect(try await supervisor.get("/api/audit?unit=\(w.bureau)&limit=100000").status == .badRequest)
                #expect(try await staff.get("/api/audit?unit=\(w.streetB)").status == .forbidden)
                #expect(try await staff.get("/api/audit").status == .forbidden)
                let csv = try await supervisor.get("/api/audit?unit=\(w.streetA)&format=csv")
                #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
                #expect(csv.body.string.contains("values.performances"))
            }
        }
    }
}
