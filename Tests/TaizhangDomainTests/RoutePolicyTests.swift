import Testing
@testable import TaizhangDomain

@Suite("Route policy")
struct RoutePolicyTests {
    /// The settings every unit shares answer only to admins (issue #12: a street supervisor
    /// changed a plan all units use and added a blocking rule for other streets).
    @Test(arguments: ["POST /api/plans", "PUT /api/plans/:id", "DELETE /api/plans/:id", "POST /api/validation-rules",
                      "PUT /api/validation-rules/:id", "DELETE /api/validation-rules/:id", "POST /api/catalog", "PUT /api/process/rules"])
    func sharedSettingsAreAdminOnly(_ key: String) {
        #expect(RoutePolicy.table[key] == .global(.manageGlobalSettings))
    }

    @Test func onlyTheLoginHealthAndStaticFilesAreOpen() {
        let open = Set(RoutePolicy.table.filter { $0.value == .open }.keys)

        #expect(open == ["GET /health", "GET /api/openapi.json", "POST /api/auth/login", "GET /static/app.css",
                         "GET /static/app.js", "GET /login", "POST /login"])
    }

    @Test func everyDecidedByRuleNamesAnAccessScopeQuestion() {
        let named = RoutePolicy.table.values.compactMap { if case .decidedBy(let n) = $0 { n } else { nil } }

        #expect(Set(named).isSubset(of: ["refusalToCreateUnit", "refusalToUpdateUnit", "refusalToGrant", "refusalToManageUser"]))
    }
}
