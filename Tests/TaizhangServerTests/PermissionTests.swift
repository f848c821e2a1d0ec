import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// Who may read and write what, including attempts across units.
    @Suite struct PermissionTests {
        enum Target: String, CaseIterable, Sendable { case streetA, communityA1, streetB, bureau }

        /// (user, unit) → may read units / write ledger entries there.
        static let matrix: [(String, Target, read: Bool, write: Bool)] = [
            ("staff.a", .streetA, true, true), ("staff.a", .communityA1, false, false),
            ("staff.a", .streetB, false, false), ("staff.a", .bureau, false, false),
            ("leader.a", .streetA, true, true), ("leader.a", .streetB, false, false),
            ("staff.a1", .communityA1, true, true), ("staff.a1", .streetA, false, false),
            ("staff.b", .streetB, true, true), ("staff.b", .streetA, false, false),
            ("supervisor", .streetA, true, false), ("supervisor", .communityA1, true, false),
            ("supervisor", .bureau, true, false), ("admin", .streetB, true, false),
        ]

        static func id(_ t: Target, _ w: TestWorld) -> Int {
            switch t { case .streetA: w.streetA; case .communityA1: w.communityA1; case .streetB: w.streetB; case .bureau: w.bureau }
        }

        @Test(arguments: Engine.enabled)
        func readAndWriteFollowUnitScope(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                for (user, target, canRead, canWrite) in Self.matrix {
                    let caller = try await Caller.login(app, user)
                    let unit = Self.id(target, w)
                    let read = try await caller.get("/api/units/\(unit)")
                    #expect(read.status == (canRead ? .ok : .forbidden), "\(user) read \(target)")
                    let entries = try await caller.get("/api/entries?unit=\(unit)")
                    #expect(entries.status == (canRead ? .ok : .forbidden), "\(user) list \(target)")
                    let write = try await caller.send(.POST, "/api/entries", json: #"{"unit_id":\#(unit),"category":"other","title":"x","date":"2024-06-01"}"#)
                    #expect(write.status == (canWrite ? .created : .forbidden), "\(user) write \(target): \(write.body.string)")
                }
            }
        }

        @Test(arguments: Engine.enabled)
        func unitListShowsOnlyOwnUnitsOrSubtree(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.b")
                let supervisor = try await Caller.login(app, "supervisor")
                #expect(try await staff.get("/api/units").jsonArray.compactMap { $0["id"] as? Int } == [w.streetB])
                #expect(try await supervisor.get("/api/units").jsonArray.count == 5)
            }
        }

        @Test(arguments: Engine.enabled)
        func entriesOfOtherUnitsCannotBeChangedById(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let a = try await Caller.login(app, "staff.a")
                let b = try await Caller.login(app, "staff.b")
                let created = try await a.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"other","title":"x","date":"2024-06-01"}"#)
                let id = created.json["id"] as! Int
                #expect(try await b.get("/api/entries/\(id)").status == .forbidden)
                #expect(try await b.send(.DELETE, "/api/entries/\(id)").status == .forbidden)
                #expect(try await b.send(.PUT, "/api/entries/\(id)", json: #"{"unit_id":\#(w.streetA),"category":"other","title":"y","date":"2024-06-01"}"#).status == .forbidden)
            }
        }

        @Test(arguments: Engine.enabled)
        func anonymousAndForgedCallersAreRejected(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let anonymous = try await app.testing().sendRequest(.GET, "/api/units")
                #expect(anonymous.status == .unauthorized)
                #expect(anonymous.json["message"] as? String == "请先登录。")
                let forged = Caller(app: app, token: "not-a-token")
                #expect(try await forged.get("/api/units/\(w.streetA)").status == .unauthorized)
                let wrong = try await app.testing().sendRequest(.POST, "/api/auth/login", headers: ["Content-Type": "application/json", "Accept-Language": "en"],
                                                                body: ByteBuffer(string: #"{"username":"staff.a","password":"nope"}"#))
                #expect(wrong.status == .unauthorized)
                #expect(wrong.json["message"] as? String == "Wrong username or password.")
            }
        }

        @Test(arguments: Engine.enabled)
        func cookieSessionsNeedTheCsrfToken(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let login = try await app.testing().sendRequest(.POST, "/api/auth/login", headers: ["Content-Type": "application/json"],
                                                                body: ByteBuffer(string: #"{"username":"staff.a","password":"\#(TestWorld.password)"}"#))
                let cookie = login.headers.setCookie?[SessionAuthenticator.cookieName]?.string ?? ""
                let csrf = login.json["csrf_token"] as? String ?? ""
                var headers: HTTPHeaders = ["Content-Type": "application/json"]
                headers.cookie = HTTPCookies(dictionaryLiteral: (SessionAuthenticator.cookieName, .init(string: cookie)))
                let body = ByteBuffer(string: #"{"unit_id":\#(w.streetA),"category":"other","title":"x","date":"2024-06-01"}"#)
                let without = try await app.testing().sendRequest(.POST, "/api/entries", headers: headers, body: body)
                #expect(without.status == .forbidden)
                #expect(without.json["code"] as? String == "csrf")
                headers.add(name: "X-CSRF-Token", value: csrf)
                let with = try await app.testing().sendRequest(.POST, "/api/entries", headers: headers, body: body)
                #expect(with.status == .created)
                #expect(with.json["source"] as? String == "typed")
            }
        }
    }
}
