import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// Issue #16, problem 10: the admin's pages. An admin creates a user who changes the
/// password at the first sign-in; accounts are disabled; a supervisor manages her subtree's
/// units and users but not the settings every unit shares; plans say whom they remind.
extension DatabaseTests {
    @Suite struct WebAdminTests {
        @Test(arguments: Engine.enabled)
        func anAdminCreatesAUserWhoChangesThePasswordThenDisablesIt(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup
                let admin = try await Browser.login(app, "admin")
                let home = try await admin.get("/")
                _ = try await admin.get("/admin/users")
                // act 1: a weak password is refused next to its box; a good one creates the user
                let weak = try await admin.post("/admin/users", ["username": "new.staff", "display_name": "新同事", "password": "123",
                                                                 "unit_id": String(world.streetB), "role": "staff"])
                let made = try await admin.post("/admin/users", ["username": "new.staff", "display_name": "新同事", "password": "Chengguan-2024!",
                                                                 "unit_id": String(world.streetB), "role": "staff", "email": "new@example.cn"])
                // act 2: the new user signs in and must choose a password first
                let user = Browser(app)
                _ = try await user.get("/login")
                _ = try await user.post("/login", ["username": "new.staff", "password": "Chengguan-2024!"])
                let forced = try await user.get("/ledger")
                _ = try await user.get("/account/password")
                let changed = try await user.post("/account/password", ["current_password": "Chengguan-2024!",
                                                                         "new_password": "Donghu-Wenhua-88", "confirm_password": "Donghu-Wenhua-88"])
                let ledger = try await user.get("/ledger")
                // act 3: the admin disables the account
                let id = try #require(try await UserModel.query(on: app.db).filter(\.$username == "new.staff").first()?.id)
                _ = try await admin.get("/admin/users")
                let disabled = try await admin.post("/admin/users/\(id)/disable", [:])
                let after = try await user.get("/ledger")
                let again = try await AccountTests.login(app, "new.staff", "Donghu-Wenhua-88")
                // assert
                #expect(home.body.string.contains(#"href="/admin/users""#) && home.body.string.contains(#"href="/admin/catalog""#))
                #expect(weak.status == .unprocessableEntity)
                #expect(weak.body.string.contains("tz-invalid") && weak.body.string.contains(#"value="new.staff""#))
                #expect(made.status == .seeOther)
                let stored = try #require(try await UserModel.find(id, on: app.db))
                #expect(stored.email == "new@example.cn")
                #expect(forced.status == .seeOther && forced.headers.first(name: .location) == "/account/password")
                #expect(changed.status == .seeOther)
                #expect(ledger.status == .ok)
                #expect(disabled.status == .seeOther)
                #expect(after.status == .seeOther, "the disabled user's session ended")
                #expect(again.status == .unauthorized)
            }
        }

        @Test(arguments: Engine.enabled)
        func aSupervisorManagesHerSubtreeButNotTheSharedSettings(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup
                let supervisor = try await Browser.login(app, "supervisor")
                let staff = try await Browser.login(app, "staff.a")
                // act
                let units = try await supervisor.get("/admin/units")
                let added = try await supervisor.post("/admin/units", ["parent_id": String(world.streetA), "child_name": "北门社区",
                                                                       "child_kind": "community"])
                let catalog = try await supervisor.get("/admin/catalog")
                let byStaff = try await staff.get("/admin")
                let users = try await supervisor.get("/admin/users")
                // assert
                #expect(units.status == .ok && units.body.string.contains("城关街道"))
                #expect(added.status == .seeOther)
                #expect(try await UnitModel.query(on: app.db).filter(\.$name == "北门社区").first()?.parentID == world.streetA)
                #expect(catalog.status == .forbidden)
                #expect(byStaff.status == .forbidden)
                #expect(users.body.string.contains("staff.a") && !users.body.string.contains(">admin<"))
            }
        }

        @Test(arguments: Engine.enabled)
        func aPlanSaysWhomItReminds(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup
                let admin = try await Browser.login(app, "admin")
                _ = try await admin.get("/admin/plans")
                // act: only the liaison before the deadline; everyone after
                let saved = try await admin.post("/admin/plans/\(world.monthlyPlan)/reminders", ["before": "liaison", "after": "leader"])
                try await ReminderService.run(app: app, now: frozenNow)
                let staff = try await Caller.login(app, "staff.a")
                let notes = try await staff.get("/api/notifications").jsonArray
                // assert
                #expect(saved.status == .seeOther)
                let plan = try #require(try await PlanModel.find(world.monthlyPlan, on: app.db)?.domain)
                #expect(plan.reminds.beforeDue == [.liaison])
                #expect(notes.isEmpty, "the plan no longer reminds the filer")
            }
        }
        @Test(arguments: Engine.enabled)
        func anAdminCorrectsAnIndicatorsNamesAndAnEmptyNameIsRefused(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                // setup
                let admin = try await Browser.login(app, "admin")
                let code = try #require(try await app.catalogCache.catalog(on: app.db).indicators.first?.code)
                _ = try await admin.get("/admin/catalog")
                // act
                let empty = try await admin.post("/admin/catalog/\(code)", ["name": " ", "name_en": "Shows"])
                let saved = try await admin.post("/admin/catalog/\(code)", ["name": "文艺演出", "name_en": "Shows"])
                let page = try await admin.get("/admin/catalog")
                // assert
                #expect(empty.status == .unprocessableEntity && empty.body.string.contains("请填写名称"))
                #expect(saved.status == .seeOther)
                let stored = try #require(try await app.catalogCache.catalog(on: app.db)[code])
                #expect(stored.name == "文艺演出" && stored.nameEn == "Shows")
                #expect(page.body.string.contains("文艺演出"))
            }
        }
    }
}
