import Foundation
import TaizhangDomain
import TaizhangService
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// A small service centre beside the test district: 测试区政务服务中心 with two departments'
/// windows (T01 of department 1, T02 of department 2), a staff member each, two items
/// (T-1: 20 statutory / 3 promised working days with three steps; T-2 immediate).
/// Users: centre.supervisor, centre.staff (督查科), window.one (department 1), window.two.
struct ServiceWorld: Sendable {
    var centre = 0, dept1 = 0, dept2 = 0, window1 = 0, window2 = 0, staff1 = 0, staff2 = 0

    static func load(_ app: Application) async throws -> ServiceWorld {
        var w = ServiceWorld()
        func unit(_ name: String, _ kind: UnitKind, parent: Int?) async throws -> Int {
            let m = UnitModel(DomainUnit(id: 0, parentID: parent, kind: kind, name: name))
            try await m.create(on: app.db)
            return m.id!
        }
        w.centre = try await unit("测试区政务服务中心", .serviceCenter, parent: nil)
        w.dept1 = try await unit("区文化和旅游局进驻窗口", .section, parent: w.centre)
        w.dept2 = try await unit("区市场监管局进驻窗口", .section, parent: w.centre)
        await app.unitDirectory.invalidate()
        for (name, unit, role) in [("centre.supervisor", w.centre, Role.supervisor), ("centre.staff", w.centre, .staff),
                                   ("window.one", w.dept1, .staff), ("window.two", w.dept2, .staff)] {
            try await Bootstrap.addUser(app, username: name, displayName: name, password: TestWorld.password, grants: [RoleGrant(unitID: unit, role: role)])
        }
        let w1 = ServiceWindowModel(ServiceWindow(id: 0, departmentID: w.dept1, number: "T01", name: "文化市场窗口"), centre: w.centre)
        try await w1.create(on: app.db); w.window1 = w1.id!
        let w2 = ServiceWindowModel(ServiceWindow(id: 0, departmentID: w.dept2, number: "T02", name: "企业登记窗口"), centre: w.centre)
        try await w2.create(on: app.db); w.window2 = w2.id!
        let s1 = ServiceStaffModel(ServiceStaff(id: 0, windowID: w.window1, workNumber: "A1", name: "许文静"), centre: w.centre)
        try await s1.create(on: app.db); w.staff1 = s1.id!
        let s2 = ServiceStaffModel(ServiceStaff(id: 0, windowID: w.window2, workNumber: "B1", name: "冯涛"), centre: w.centre)
        try await s2.create(on: app.db); w.staff2 = s2.id!
        for item in [
            ServiceItem(id: 0, code: "T-1", name: "营业性演出审批", departmentID: w.dept1, windowID: w.window1, statutoryDays: 20, promisedDays: 3,
                        steps: [ItemStep(code: "accept", name: "受理", limitDays: 0), ItemStep(code: "review", name: "审查", limitDays: 1),
                                ItemStep(code: "decide", name: "决定", limitDays: 1)]),
            ServiceItem(id: 0, code: "T-2", name: "营业执照遗失补领", departmentID: w.dept2, windowID: w.window2, kind: .immediate,
                        statutoryDays: 0, promisedDays: 0),
        ] {
            let m = ServiceItemModel(); m.apply(item, centre: w.centre, at: Date()); try await m.create(on: app.db)
        }
        return w
    }

    /// Cases of 2024 (the test clock stands at 2024-07-03 10:00): in June, one late, one with
    /// a slow review, one refused without a reason; three still open (in time, yellow, red).
    static let csv = """
    办件编号,事项编码,经办人,受理时间,办结时间,办理结果,不予许可理由,环节
    C01,T-1,A1,2024-06-03 09:00,2024-06-04 15:00,准予,,受理@2024-06-03 09:00~2024-06-03 09:20；审查@2024-06-03 09:20~2024-06-04 10:00；决定@2024-06-04 10:00~2024-06-04 15:00
    C02,T-1,A1,2024-06-03 10:00,2024-06-11 15:00,准予,,
    C03,T-1,A1,2024-06-10 09:00,2024-06-13 15:00,准予,,审查@2024-06-10 10:00~2024-06-13 09:00
    C04,T-2,B1,2024-06-12 09:00,2024-06-12 09:30,不予许可,,
    C05,T-2,B1,2024-06-12 10:00,2024-06-12 10:20,准予,,
    C06,T-1,A1,2024-07-02 09:00,,,,
    C07,T-1,A1,2024-06-28 09:00,,,,
    C08,T-1,A1,2024-06-24 09:00,,,,
    """

    /// One row: XL001 of item T-1 accepted at Excel serial 46083.375 (2026-03-02 09:00) —
    /// a date after the test clock, so the import refuses it, which is what one test checks.
    static let xlsx = Data(base64Encoded: "UEsDBBQAAAAIAMZNhV3faR5QDAEAALUCAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbK1SyU7DMBD9FcvXKnbLASGUtAeWIyBRPmCwJ4lVb/K4Jf17nLQghAq99DSy36rR1KvBWbbDRCb4hi/EnDP0Kmjju4a/rR+rG84og9dgg8eG75H4almv9xGJFa2nhvc5x1spSfXogESI6AvShuQgl2fqZAS1gQ7l1Xx+LVXwGX2u8ujBl/U9trC1mT0M5fvQI6Elzu4OxDGr4RCjNQpyweXO618p1TFBFOXEod5EmhUClycTRuTvgKPuuSwmGY3sBVJ+AldYcrDyI6TNewgb8b/JiZahbY1CHdTWFYmgmBA09YjZWTFN4cD42fn8iUxyGosLF/n2P9ODekioX3Mqx0IXX8YP768ecjq75SdQSwMEFAAAAAgAxk2FXZja64uuAAAAJwEAAAsAAABfcmVscy8ucmVsc43PwQ6CMAwG4FdZepeBB2MMg4sx4WrwAeZWBgHWZZsKb++OYjx4bPr3+9OyXuaJPdGHgayAIsuBoVWkB2sE3NrL7ggsRGm1nMiigBUD1FV5xUnGdBL6wQWWDBsE9DG6E+dB9TjLkJFDmzYd+VnGNHrDnVSjNMj3eX7g/tOArckaLcA3ugDWrg7/sanrBoVnUo8ZbfxR8ZVIsvQGo4Bl4i/y451ozBIKvCr55sHqDVBLAwQUAAAACADGTYVd/mMuDcYAAAAbAQAADwAAAHhsL3dvcmtib29rLnhtbI2PTW7CQAyFrzLyvkxggVCUhA1CYg8HmGYcMiJjR/YA7RU4RI/RTa/T3oPhb9+V//Q+v1ctP+JgTigamGqYTgowSC37QPsadtv12wKMJkfeDUxYwycqLJvqzHJ4Zz6YLCetoU9pLK3VtsfodMIjUr50LNGlPMre6ijovPaIKQ52VhRzG10geBBK+Q+Duy60uOL2GJHSAyI4uJTNax9Ghaa6f9BnNeRiNv13+fr9+c5BbruNzznBSBlyIxs/BdtU9iWzr2TNFVBLAwQUAAAACADGTYVd1t98lsgAAAC1AQAAGgAAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzrZDPasMwDIdfxei+KOlhlFG3lzLodeseQNhKHJrYRvLW9u1rBvsT6GGHnYQk9Onjt9ld5sl8sOiYooWuacFwdMmPcbDwdnx+WIPRQtHTlCJbuLLCbrt54YlKPdEwZjWVEdVCKCU/IaoLPJM2KXOsmz7JTKW2MmAmd6KBcdW2jyi/GbBkmoO3IAffgTleM/+Fnfp+dLxP7n3mWO68wHOSkwbmUqEkAxcL3yPFz9I1lQp4X2b1nzIaSNi/FqlJ64/QYvwlg4u4tzdQSwMEFAAAAAgAxk2FXS3BRqvtAAAAaAEAABQAAAB4bC9zaGFyZWRTdHJpbmdzLnhtbHXQQUvDMBgG4L8Sct+SeRCRJDsInjxO8BrazzXQJLVJRY9eqszDBoK9SNH/IBO3/ZzWsn9hhojQ4fF9Hz5e+Nj4RqfoGnKnrOF4NKQYgYlsrMyU4/PJ6eAII+eliWVqDXB8Cw6PBXPOo3BpHMeJ99kxIS5KQEs3tBmYIJc219KHmE+Jy3KQsUsAvE7JAaWHREtlMIpsYTzHYaIw6qqAk98cBpRgXrSzulkvu81zO/9gxAtGdv2PNavH7dtnsO71rm/tvOoW5Ve13Fbvezaru/XT/7Yod1y/9O3ijNJRv5wM9qr2vmxWD38tCb8S31BLAwQUAAAACADGTYVd9rKJUfgAAAADAgAAGAAAAHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbF2R0U7DIBSGX4Vwv0Lp7JYFWJzVF1AfgLRsJRZogHT69p5tptImXHDOxw9fDvz4bQc06RCNdwKXBcVIu9Z3xl0E/vx42+wxikm5Tg3eaYF/dMRHya8+fMVe64Qg76LAfUrjgZDY9tqqWPhROyBnH6xKUIYLiWPQqruH7EAYpTWxyjgs+b3XqKQkD/6KAnhAt71tnkuMksAR6klSTibJSfvHTjkrl+wlZ2zJmpxVS/aas+3MCHjNcmyWY9nhp5VczuqVHHtcX9N9VVS7VbJ5JI0bjNPvKcBZEyVPklFWb2gFC5X1gcI0EsRu7F8/f3W30ifZnMn8gfIXUEsBAhQDFAAAAAgAxk2FXd9pHlAMAQAAtQIAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACADGTYVdmNrri64AAAAnAQAACwAAAAAAAAAAAAAAgAE9AQAAX3JlbHMvLnJlbHNQSwECFAMUAAAACADGTYVd/mMuDcYAAAAbAQAADwAAAAAAAAAAAAAAgAEUAgAAeGwvd29ya2Jvb2sueG1sUEsBAhQDFAAAAAgAxk2FXdbffJbIAAAAtQEAABoAAAAAAAAAAAAAAIABBwMAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzUEsBAhQDFAAAAAgAxk2FXS3BRqvtAAAAaAEAABQAAAAAAAAAAAAAAIABBwQAAHhsL3NoYXJlZFN0cmluZ3MueG1sUEsBAhQDFAAAAAgAxk2FXfayiVH4AAAAAwIAABgAAAAAAAAAAAAAAIABJgUAAHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbFBLBQYAAAAABgAGAIcBAABUBgAAAAA=")!
}
