import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// Every registered route × role × own/foreign unit, answered as `RoutePolicy` and
    /// `AccessScope` say. A route added without a rule fails `everyRouteHasARule`; a handler
    /// whose check disagrees with its rule fails `everyRouteAnswersAsItsRuleSays`.
    @Suite struct RouteMatrixTests {
        static let users = ["staff.a", "liaison.a", "leader.a", "supervisor.a", "supervisor", "admin", "staff.b"]
        /// Routes that end the caller's session or need a secret the matrix cannot know;
        /// `SecurityTests` and `AccountTests` cover them.
        static let skipped: Set<String> = ["POST /api/auth/logout", "POST /logout", "POST /api/auth/password", "POST /account/password",
                                           "POST /api/auth/login", "POST /login", "DELETE /api/auth/tokens/:id", "POST /account/tokens/:id/revoke"]

        @Test(arguments: Engine.enabled)
        func everyRouteHasARule(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                let registered = Set(app.routes.all.map(RouteGuard.key))

                let missing = registered.subtracting(RoutePolicy.table.keys).sorted()
                let stale = Set(RoutePolicy.table.keys).subtracting(registered).sorted()

                #expect(missing.isEmpty, "routes without a rule in RoutePolicy: \(missing)")
                #expect(stale.isEmpty, "rules for routes that do not exist: \(stale)")
            }
        }

        @Test(arguments: Engine.enabled)
        func anonymousCallersAreStoppedAtEveryClosedRoute(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                for route in app.routes.all {
                    let key = RouteGuard.key(route)
                    guard let rule = RoutePolicy.table[key], rule != .open else { continue }
                    let path = "/" + route.path.map { $0.description.hasPrefix(":") ? "1" : $0.description }.joined(separator: "/")

                    let res = try await app.testing().sendRequest(route.method, path)

                    if path.hasPrefix("/api/") {
                        #expect(res.status == .unauthorized, "\(key): \(res.status)")
                    } else {
                        #expect(res.status == .seeOther && res.headers.first(name: .location)?.hasPrefix("/login") == true, "\(key): \(res.status)")
                    }
                }
            }
        }

        @Test(arguments: Engine.enabled)
        func everyRouteAnswersAsItsRuleSays(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                try await Bootstrap.addUser(app, username: "supervisor.a", displayName: "街道管理员", password: TestWorld.password,
                                            grants: [RoleGrant(unitID: w.streetA, role: .supervisor)])
                var callers: [String: Caller] = [:]
                for u in Self.users { callers[u] = try await Caller.login(app, u) }
                let records = try await Self.records(callers, w)
                let tree = try await app.unitDirectory.tree(on: app.db)
                var checked = 0
                for route in app.routes.all.sorted(by: { RouteGuard.key($0) < RouteGuard.key($1) }) {
                    let key = RouteGuard.key(route)
                    guard !Self.skipped.contains(key), let rule = RoutePolicy.table[key] else { continue }
                    for foreign in [false, true] {
                        let unit = foreign ? w.streetB : w.streetA
                        guard let request = Self.request(route, rule, unit: unit, records: records[unit] ?? [:], foreign: foreign) else { continue }
                        for name in Self.users {
                            let caller = callers[name]!
                            let scope = AccessScope(grants: try await Self.grants(name, app), tree: tree)
                            guard let allowed = Self.expected(rule, scope: scope, unit: unit) else { continue }

                            let res = try await caller.send(route.method, request.path, json: request.body)

                            let denied = res.status == .forbidden || (request.record && res.status == .notFound)
                            if allowed {
                                #expect(res.status != .forbidden && res.status != .unauthorized, "\(name) \(key) on \(foreign ? "foreign" : "own"): \(res.status) \(res.body.string.prefix(200))")
                            } else {
                                #expect(denied, "\(name) \(key) on \(foreign ? "foreign" : "own"): \(res.status) \(res.body.string.prefix(200))")
                            }
                            checked += 1
                        }
                    }
                }
                #expect(checked > 1200)
            }
        }

        /// The answer the rule gives (nil: not decided by the unit alone, covered elsewhere).
        static func expected(_ rule: RoutePolicy.Rule, scope: AccessScope, unit: Int) -> Bool? {
            switch rule {
            case .open, .signedIn: return true
            case .global(let g): return scope.can(g)
            case .decidedBy, .unit(_, .processPage), .unit(_, .serviceCentre): return nil
            case .unit(let actions, .current):
                // A page works on the caller's own first unit.
                guard let own = scope.grants.first?.unitID else { return false }
                return actions.contains { scope.can($0, on: own) }
            case .unit(let actions, _): return actions.contains { scope.can($0, on: unit) }
            }
        }

        struct Request { var path: String; var body: String?; var record: Bool }

        /// The request that names `unit` where the rule looks for it.
        static func request(_ route: Route, _ rule: RoutePolicy.Rule, unit: Int, records: [String: Int], foreign: Bool) -> Request? {
            var id = "1", body: String? = nil, query = "", record = false
            switch rule {
            case .unit(_, .path): id = String(unit)
            case .unit(_, .query(let name)): query = "?\(name)=\(unit)"
            case .unit(_, .body(let field)): body = #"{"\#(field)":\#(unit)}"#
            case .unit(_, .record(let kind)):
                guard let r = records[kind] else { return nil }
                id = String(r); record = true
            case .unit(_, .current), .unit(_, .processPage), .unit(_, .serviceCentre): if foreign { return nil }
            default: if foreign { return nil }
            }
            let path = "/" + route.path.map { c -> String in
                let d = c.description
                return d == ":id" ? id : d.hasPrefix(":") ? "1" : d
            }.joined(separator: "/")
            return Request(path: path + query, body: body ?? (route.method == .GET ? nil : "{}"), record: record)
        }

        static func grants(_ name: String, _ app: Application) async throws -> [RoleGrant] {
            guard let user = try await UserModel.query(on: app.db).filter(\.$username == name).first() else { return [] }
            return try await RoleGrantModel.query(on: app.db).filter(\.$userID == user.id!).all()
                .compactMap { g in Role(rawValue: g.role).map { RoleGrant(unitID: g.unitID, role: $0) } }
        }

        /// An entry and a draft submission in street A (own) and street B (foreign).
        static func records(_ callers: [String: Caller], _ w: TestWorld) async throws -> [Int: [String: Int]] {
            var out: [Int: [String: Int]] = [:]
            for (unit, user) in [(w.streetA, "staff.a"), (w.streetB, "staff.b")] {
                let c = callers[user]!
                let entry = try await c.send(.POST, "/api/entries", json: #"{"unit_id":\#(unit),"category":"other","title":"x","date":"2024-06-01"}"#)
                let submission = try await c.send(.POST, "/api/submissions", json: #"{"unit_id":\#(unit),"plan_id":\#(w.monthlyPlan),"period":"2024M06"}"#)
                out[unit] = ["entry": try #require(entry.json["id"] as? Int), "submission": try #require(submission.json["id"] as? Int)]
            }
            return out
        }
    }
}
