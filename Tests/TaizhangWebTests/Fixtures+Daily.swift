import Foundation
import TaizhangDomain
@testable import TaizhangWeb

/// Pages issue #16 added: the read-only entry, the supervisor's home, the admin's users and a
/// settings page.
extension Fixtures {
    static func entry(_ lang: Language) -> String {
        var row = entries[0]
        row.evidenceCount = 2
        row.values = [value(1, 300, "余")]
        return EntryPage.render(.init(entry: row, unitName: "新华社区", narrative: "社区广场舞展演，居民踊跃参加。", recordedBy: "孙晓燕",
                                      recordedAt: Stamp(CivilDate(2024, 6, 16), 9, 30),
                                      evidence: [.init(filename: "现场.jpg", url: "/ledger/101/evidence/1", sizeText: "120 KB", kind: .image),
                                                 .init(filename: "通知.pdf", url: "/ledger/101/evidence/2", sizeText: "80 KB", kind: .pdf)]),
                                context(lang, path: "/ledger/101", roles: [.supervisor]))
    }

    static func supervisorHome(_ lang: Language) -> String {
        HomePage.render(.init(
            awaiting: [submissions[1]], canDraft: false,
            rollCalls: [.init(planID: 1, planName: "工作动态（月报）", period: .month(2024, 6), dueDate: CivilDate(2024, 7, 5), expected: 6,
                              submitted: 4, missing: [.init(id: 42, name: "东湖街道"), .init(id: 43, name: "白石镇")]),
                        .init(planID: 2, planName: "半年工作总结", period: .half(2024, 1), dueDate: CivilDate(2024, 7, 10), expected: 6,
                              submitted: 6, missing: [])]),
            context(lang, roles: [.supervisor]))
    }

    static func users(_ lang: Language) -> String {
        UsersPage.render(.init(rows: [
            .init(id: 1, username: "admin", displayName: "刘洋", grants: [.init(unitID: 1, unitName: "区文化和旅游局", role: .admin)],
                  status: .active, isSelf: true),
            .init(id: 5, username: "donghu.staff", displayName: "李静", email: "lj@example.cn",
                  grants: [.init(unitID: 42, unitName: "东湖街道", role: .staff), .init(unitID: 43, unitName: "东湖街道文化站", role: .staff)],
                  status: .mustChange),
            .init(id: 6, username: "old.staff", displayName: "离职人员", grants: [.init(unitID: 42, unitName: "东湖街道", role: .staff)], status: .disabled),
        ], units: [.init(id: 42, name: "东湖街道")], roles: [.staff, .liaison, .leader], isAdmin: true,
           openUser: 5, rowForm: FormState(errors: ["new_password": "密码太短"])), context(lang, path: "/admin/users", roles: [.admin]))
    }

    static func plansSettings(_ lang: Language) -> String {
        SettingsPage.render(.init(title: "报送计划", path: "/admin/plans", isAdmin: true, headers: ["报送计划", "截止前提醒"], rows: [
            .init(id: "1", cells: ["工作动态（月报）", "填报员、联络员"], forms: [
                .init(id: "plan-1", title: "修改提醒对象", action: "/admin/plans/1/reminders",
                      fields: [.init("before", "截止前提醒", .checkboxes([("staff", "填报员"), ("liaison", "联络员")]), checked: ["staff"])],
                      button: "保存")]),
        ]), context(lang, path: "/admin/plans", roles: [.admin]))
    }
}
