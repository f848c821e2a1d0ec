import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// A small district: bureau → street A (demo zone) → community A1; street B → community B1.
/// Users: admin, supervisor (bureau), staff/liaison/leader of A, staff of B, staff of A1.
struct TestWorld: Sendable {
    var bureau = 0, streetA = 0, communityA1 = 0, streetB = 0, communityB1 = 0
    var monthlyPlan = 0
    let notifier: RecordingNotifier
    static let password = "password123"

    static func load(_ app: Application, notifier: RecordingNotifier) async throws -> TestWorld {
        var w = TestWorld(notifier: notifier)
        func unit(_ name: String, _ kind: UnitKind, parent: Int?, flags: Set<UnitFlag> = []) async throws -> Int {
            let m = UnitModel(DomainUnit(id: 0, parentID: parent, kind: kind, name: name, flags: flags))
            try await m.create(on: app.db)
            return m.id!
        }
        w.bureau = try await unit("测试区文化和旅游局", .bureau, parent: nil)
        w.streetA = try await unit("城关街道", .street, parent: w.bureau, flags: [.demoZone])
        w.communityA1 = try await unit("城关社区", .community, parent: w.streetA)
        w.streetB = try await unit("东湖街道", .street, parent: w.bureau)
        w.communityB1 = try await unit("东湖社区", .community, parent: w.streetB)
        await app.unitDirectory.invalidate()
        let users: [(String, [RoleGrant])] = [
            ("admin", [RoleGrant(unitID: w.bureau, role: .admin)]),
            ("supervisor", [RoleGrant(unitID: w.bureau, role: .supervisor)]),
            ("staff.a", [RoleGrant(unitID: w.streetA, role: .staff)]),
            ("liaison.a", [RoleGrant(unitID: w.streetA, role: .liaison)]),
            ("leader.a", [RoleGrant(unitID: w.streetA, role: .leader)]),
            ("staff.b", [RoleGrant(unitID: w.streetB, role: .staff)]),
            ("staff.a1", [RoleGrant(unitID: w.communityA1, role: .staff)]),
        ]
        for (name, grants) in users {
            try await Bootstrap.addUser(app, username: name, displayName: name, password: password, grants: grants)
        }
        let plan = PlanModel(ReportingPlan(id: 0, name: "工作动态", reportType: "work_update", periodKind: .month,
                                           appliesTo: UnitSelector(kinds: [.street]), dueRule: .dayOfNextMonth(5),
                                           remindDaysBefore: 3))
        try await plan.create(on: app.db)
        w.monthlyPlan = plan.id!
        return w
    }
}

/// A signed-in API caller (bearer token from a real login).
struct Caller {
    let app: Application
    let token: String

    static func login(_ app: Application, _ username: String, password: String = TestWorld.password) async throws -> Caller {
        let res = try await app.testing().sendRequest(.POST, "/api/auth/login", headers: ["Content-Type": "application/json"],
                                                      body: ByteBuffer(string: #"{"username":"\#(username)","password":"\#(password)"}"#))
        #expect(res.status == .ok, "login \(username): \(res.body.string)")
        let body = try JSONSerialization.jsonObject(with: Data(res.body.string.utf8)) as? [String: Any]
        return Caller(app: app, token: body?["token"] as? String ?? "")
    }

    func send(_ method: HTTPMethod, _ path: String, json: String? = nil, headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var headers = extra
        headers.bearerAuthorization = BearerAuthorization(token: token)
        if json != nil { headers.contentType = .json }
        return try await app.testing().sendRequest(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    func send<T: Encodable>(_ method: HTTPMethod, _ path: String, body: T) async throws -> TestingHTTPResponse {
        try await send(method, path, json: String(decoding: try JSONEncoder.api.encode(body), as: UTF8.self))
    }

    func get(_ path: String) async throws -> TestingHTTPResponse { try await send(.GET, path) }
}

extension TestingHTTPResponse {
    /// The body as a JSON dictionary (empty when not an object).
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.string.utf8))) as? [String: Any] ?? [:] }
    var jsonArray: [[String: Any]] { (try? JSONSerialization.jsonObject(with: Data(body.string.utf8))) as? [[String: Any]] ?? [] }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONDecoder.api.decode(T.self, from: Data(body.string.utf8)) }
}
