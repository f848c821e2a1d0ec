import Fluent
import Foundation
import SQLKit
import TaizhangDomain
import TaizhangService

/// Loads the demo 政务服务中心 (three departments' windows, a year of cases with their
/// ratings, fixes, orders and appraisal, the supervision section's ledger and its monthly
/// 电子监察月报, the quarters' published stars) and the demo hospital with its 院感科 (two
/// years of ledger and monthly reports), inside the demo load's transaction. Rows go in
/// with multi-row INSERTs: the year is about 60,000 cases and 40,000 ratings.
enum ServiceDemoLoader {
    static let users: [(username: String, name: String, unit: String, role: Role)] = [
        ("fuwu.supervisor", "钱国平", "centre", .supervisor),
        ("fuwu.staff", "孔令芳", "centre", .staff),
        ("wenlv.window", "许文静", "dept1", .staff),
        ("yiyuan.supervisor", "方正华", "hospital", .supervisor),
        ("yuangan.staff", "汪敏", "office", .staff),
        ("yuangan.liaison", "任晓丽", "office", .liaison),
        ("yuangan.leader", "龚建平", "office", .leader),
    ]

    struct Context {
        var now: Date; var today: CivilDate; var hash: String; var engine: any StorageEngine
        /// 240 a working day (the demo's 60,000 cases a year); the test suite's demos load fewer.
        var casesPerDay = ServiceDemo.perDay
    }

    /// Returns the demo logins it added (for the start-up banner).
    static func store(_ ctx: Context, on db: any Database) async throws -> [DemoUser] {
        let packs = try RulePacks.shipped()
        for p in packs where p.code != RulePacks.publicCulture { _ = try await PackInstaller.install(p, on: db) }
        let centre = try await unit(.serviceCenter, ServiceDemoCatalog.centreName, parent: nil, on: db)
        var departments: [Int: Int] = [:]
        for d in ServiceDemoCatalog.departments { departments[d.id] = try await unit(.section, d.name, parent: centre, on: db) }
        let hospital = try await unit(.hospital, HospitalDemo.hospitalName, parent: nil, on: db)
        let office = try await unit(.department, HospitalDemo.officeName, parent: hospital, on: db)
        let units = ["centre": centre, "dept1": departments[1]!, "hospital": hospital, "office": office]
        var userIDs: [String: Int] = [:], added: [DemoUser] = []
        for u in users {
            let m = UserModel(username: u.username, displayName: u.name, passwordHash: ctx.hash, language: "zh")
            try await m.create(on: db)
            userIDs[u.username] = try m.requireID()
            try await RoleGrantModel(userID: m.requireID(), unitID: units[u.unit]!, role: u.role.rawValue).create(on: db)
            added.append(DemoUser(username: u.username, displayName: u.name, password: DemoDataset.password, grants: [RoleGrant(unitID: units[u.unit]!, role: u.role)]))
        }
        let rules = try ServiceRuleSet.defaults()
        let table = WorkingDayTable(HolidayCalendar.current, from: CivilDate(ctx.today.year - 3, 1, 1), through: CivilDate(ctx.today.year + 1, 12, 31))
        let demo = ServiceDemo.make(today: ctx.today, rules: rules, table: table, casesPerDay: ctx.casesPerDay)
        try await ServiceDemoRecords(demo: demo, centre: centre, departments: departments, rules: rules, table: table,
                                     staffUser: userIDs["fuwu.staff"]!, supervisor: userIDs["fuwu.supervisor"]!, ctx: ctx).store(on: db)
        try await HospitalDemoLoader.store(office: office, users: userIDs, ctx: ctx, table: table, on: db)
        return added
    }

    static func unit(_ kind: UnitKind, _ name: String, parent: Int?, on db: any Database) async throws -> Int {
        let m = UnitModel(DomainUnit(id: 0, parentID: parent, kind: kind, name: name))
        try await m.create(on: db)
        return try m.requireID()
    }
}
