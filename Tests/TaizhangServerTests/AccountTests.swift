import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// Logins, passwords and tokens (issue #12).
    @Suite struct AccountTests {
        static func login(_ app: Application, _ username: String, _ password: String) async throws -> TestingHTTPResponse {
            try await app.testing().sendRequest(.POST, "/api/auth/login", headers: ["Content-Type": "application/json"],
                                                body: ByteBuffer(string: #"{"username":"\#(username)","password":"\#(password)"}"#))
        }

        @Test(arguments: Engine.enabled)
        func twelveWrongPasswordsThenTheRightOneDoesNotLogInAtOnce(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                var statuses: [HTTPResponseStatus] = []
                for _ in 0..<12 { statuses.append(try await Self.login(app, "staff.a", "wrong-password").status) }

                let right = try await Self.login(app, "staff.a", TestWorld.password)

                #expect(Array(statuses.prefix(5)) == Array(repeating: .unauthorized, count: 5))
                #expect(statuses.dropFirst(5).allSatisfy { $0 == .tooManyRequests })
                #expect(right.status == .tooManyRequests)
                #expect(right.headers.first(name: .retryAfter) != nil)
                let failed = try await AuditEventModel.query(on: app.db).filter(\.$action == "login_failed").count()
                #expect(failed == 5)
            }
        }

        @Test(arguments: Engine.enabled)
        func tenFailuresLockTheUsernameAndAdminsSeeIt(engine: Engine) async throws {
            let clock = MovingClock(frozenNow)
            try await withApp(engine, clock: clock.clock) { app, _ in
                for _ in 0..<10 {
                    clock.advance(120)
                    _ = try await Self.login(app, "staff.b", "wrong-password")
                }
                clock.advance(120)

                let locked = try await Self.login(app, "staff.b", TestWorld.password)
                let admin = try await Caller.login(app, "admin")
                let register = try await admin.get("/api/security/login-failures")
                let staff = try await Caller.login(app, "staff.a")

                #expect(locked.status == .tooManyRequests)
                #expect(locked.json["code"] as? String == "login_locked")
                #expect(register.jsonArray.contains { $0["key"] as? String == "staff.b" && $0["locked"] as? Bool == true })
                #expect(try await staff.get("/api/security/login-failures").status == .forbidden)
                #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "login_locked").count() >= 1)
            }
        }

        @Test(arguments: Engine.enabled)
        func unknownUsersCostTheSameBcryptWork(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                let unknown = try await Self.login(app, "nobody.here", "wrong-password")
                let known = try await Self.login(app, "staff.a", "wrong-password")

                #expect(unknown.status == known.status)
                #expect(unknown.json["code"] as? String == known.json["code"] as? String)
            }
        }

        @Test(arguments: Engine.enabled)
        func changingThePasswordFollowsThePolicyAndEndsOtherTokens(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                let staff = try await Caller.login(app, "staff.a")
                let script = try await staff.send(.POST, "/api/auth/tokens", json: #"{"name":"导入脚本"}"#)
                let scriptToken = try #require(script.json["token"] as? String)
                func change(_ new: String) async throws -> TestingHTTPResponse {
                    try await staff.send(.POST, "/api/auth/password", json: #"{"current_password":"\#(TestWorld.password)","new_password":"\#(new)"}"#)
                }

                let common = try await change("12345678")
                let withName = try await change("staff.a-2024-secret")
                let changed = try await change("城关街道文化站2024")

                #expect(common.status == .unprocessableEntity)
                #expect((common.json["details"] as? [[String: Any]])?.compactMap { $0["code"] as? String }.contains("password_too_short") == true)
                #expect(withName.status == .unprocessableEntity)
                #expect(changed.status == .noContent)
                #expect(try await Caller(app: app, token: scriptToken).get("/api/me").status == .unauthorized)
                #expect(try await staff.get("/api/me").status == .ok)
                #expect(try await Self.login(app, "staff.a", "城关街道文化站2024").status == .ok)
            }
        }

        @Test(arguments: Engine.enabled)
        func tokensCanBeListedAndRevokedAndLast90Days(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                let staff = try await Caller.login(app, "staff.a")
                let other = try await Caller.login(app, "staff.b")
                let created = try await staff.send(.POST, "/api/auth/tokens", json: #"{"name":"报表脚本"}"#)
                let raw = try #require(created.json["token"] as? String)
                let script = Caller(app: app, token: raw)

                let list = try await staff.get("/api/auth/tokens").jsonArray
                let row = try #require(list.first { $0["name"] as? String == "报表脚本" })
                let id = try #require(row["id"] as? Int)
                let stolen = try await other.send(.DELETE, "/api/auth/tokens/\(id)")
                let works = try await script.get("/api/me").status
                let revoked = try await staff.send(.DELETE, "/api/auth/tokens/\(id)")

                #expect(list.allSatisfy { $0["token"] == nil && $0["token_hash"] == nil })
                let expires = try #require((row["expires_at"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) })
                #expect(abs(expires.timeIntervalSince(frozenNow) - 90 * 86400) < 60)
                #expect(stolen.status == .notFound)
                #expect(works == .ok)
                #expect(revoked.status == .noContent)
                #expect(try await script.get("/api/me").status == .unauthorized)
            }
        }

        @Test(arguments: Engine.enabled)
        func anAdminResetForcesAChangeAtTheNextLogin(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                let admin = try await Caller.login(app, "admin")
                let supervisor = try await Caller.login(app, "supervisor")
                let target = try #require(try await UserModel.query(on: app.db).filter(\.$username == "staff.b").first()?.id)
                let adminTarget = try #require(try await UserModel.query(on: app.db).filter(\.$username == "admin").first()?.id)

                let reset = try await admin.send(.POST, "/api/users/\(target)/password-reset", json: #"{"new_password":"Temp-Pass-2024-x"}"#)
                let escalate = try await supervisor.send(.POST, "/api/users/\(adminTarget)/password-reset", json: #"{"new_password":"Temp-Pass-2024-x"}"#)
                let user = try await Caller.login(app, "staff.b", password: "Temp-Pass-2024-x")
                let blocked = try await user.get("/api/units")
                let changed = try await user.send(.POST, "/api/auth/password", json: #"{"current_password":"Temp-Pass-2024-x","new_password":"东湖社区工作2024"}"#)

                #expect(reset.status == .noContent)
                #expect(escalate.status == .forbidden)
                #expect(blocked.json["code"] as? String == "password_change_required")
                #expect(changed.status == .noContent)
                #expect(try await user.get("/api/units").status == .ok)
            }
        }

        @Test(arguments: Engine.enabled)
        func pagesChangeThePasswordAndListTokens(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                let browser = try await Browser.login(app, "leader.a")
                _ = try await browser.get("/account/password")

                let mismatch = try await browser.post("/account/password", ["current_password": TestWorld.password, "new_password": "城关街道领导2024", "confirm_password": "x"])
                _ = try await browser.get("/account/password")
                let done = try await browser.post("/account/password", ["current_password": TestWorld.password, "new_password": "城关街道领导2024", "confirm_password": "城关街道领导2024"])
                _ = try await browser.get("/account/tokens")
                let created = try await browser.post("/account/tokens", ["name": "月报脚本"])

                #expect(mismatch.status == .unprocessableEntity)
                #expect(done.status == .seeOther)
                #expect(created.status == .ok)
                #expect(created.body.string.contains("月报脚本"))
                #expect(created.body.string.contains("tz-token"))
            }
        }
    }
}

/// A clock tests move forward by hand.
final class MovingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var now: Date
    init(_ start: Date) { now = start }
    func advance(_ seconds: TimeInterval) { lock.withLock { now = now.addingTimeInterval(seconds) } }
    var clock: Clock { Clock { [self] in lock.withLock { now } } }
}
