import Foundation
import TaizhangDocument
import TaizhangDomain
@testable import TaizhangWeb

/// One fixed model per page, rendered in a language: the snapshot and safety tests use these.
extension Fixtures {
    static func login(_ lang: Language) -> String {
        LoginPage.render(.init(lang: lang, csrf: "csrf-token-123", form: FormState(values: ["username": "chengguan.staff"],
                                                                                   formError: "用户名或密码不正确"),
                               next: "/ledger", demoHint: "演示账号：chengguan.staff / taizhang2024"))
    }

    static func home(_ lang: Language) -> String {
        HomePage.render(.init(
            due: [.init(planName: "工作动态", period: .month(2024, 6), dueDate: CivilDate(2024, 7, 5), planID: 1, submissionID: 7),
                  .init(planName: "经费使用情况", period: .half(2024, 1), dueDate: CivilDate(2024, 7, 15), planID: 3),
                  .init(planName: "季度进展", period: .quarter(2024, 2), dueDate: CivilDate(2024, 6, 30), planID: 2)],
            returned: [.init(submissionID: 6, planName: "工作动态", period: .month(2024, 5), comment: "受众人次与活动记录不符，请核实。",
                             returnedBy: "王建国（文旅局）", returnedAt: Stamp(CivilDate(2024, 6, 6), 10, 30))],
            targetPeriod: .year(2024), progress: progress, trend: trend, recent: Array(entries.prefix(3)),
            notifications: [.init(id: 1, message: "2024年6月工作动态将于7月5日截止，请按时报送。", at: Stamp(CivilDate(2024, 7, 2), 8, 0),
                                  link: "/submissions/7"),
                            .init(id: 2, message: "5月工作动态已被退回。", at: Stamp(CivilDate(2024, 6, 6), 10, 30), read: true)]),
            context(lang))
    }

    static func ledger(_ lang: Language) -> String {
        LedgerPage.render(.init(filters: .init(period: "2024H1", category: "activity"), periodOptions: [.half(2024, 1), .year(2024)],
                                indicators: indicators, rows: entries, page: 2, pageCount: 3, total: 54, pendingImports: 1),
                          context(lang, path: "/ledger?period=2024H1&category=activity&page=2"))
    }

    static func entryForm(_ lang: Language) -> String {
        EntryFormPage.render(.init(entryID: 101, form: form, indicators: indicators,
                                   evidence: [.init(id: 9, filename: "签到表.jpg", url: "/files/9", sizeText: "312 KB")]),
                             context(lang, path: "/ledger/101/edit"))
    }

    static func newEntry(_ lang: Language) -> String {
        EntryFormPage.render(.init(indicators: indicators), context(lang, path: "/ledger/new"))
    }

    static func imported(_ lang: Language) -> String {
        ImportedPage.render(.init(items: [.init(entry: entries[2], documentName: "城关街道2024年上半年工作总结.docx",
                                                excerpt: "6月15日在东关村文化广场放映公益电影2场")]),
                            context(lang, path: "/ledger/imported"))
    }

    static func submissionsList(_ lang: Language) -> String {
        SubmissionsPage.render(.init(rows: submissions, plans: [.init(id: 1, name: "工作动态"), .init(id: 2, name: "季度进展")],
                                     draftPeriods: [.month(2024, 6), .quarter(2024, 2)]),
                               context(lang, path: "/submissions"))
    }

    static func submission(_ lang: Language, roles: Set<Role> = [.supervisor]) -> String {
        var row = submissions[1]
        row.status = .leaderApproved
        return SubmissionPage.render(.init(
            row: row, narrative: "5月，街道共开展文艺演出12场。\n受众约1.2万人次。",
            values: [.init(value(0, 12), lastYear: 9), .init(value(1, 12000, "约"))],
            checks: [.init(message: "受众人次应不少于演出场次", blocking: false)],
            timeline: [.init(at: Stamp(CivilDate(2024, 6, 3), 9, 0), actor: "张晓燕", action: nil),
                       .init(at: Stamp(CivilDate(2024, 6, 4), 16, 20), actor: "张晓燕", action: .submit),
                       .init(at: Stamp(CivilDate(2024, 6, 5), 8, 45), actor: "李主任", action: .approve)],
            allowedActions: [.accept, .return], canEdit: false,
            form: FormState(errors: ["comment": "退回时请填写意见"])), context(lang, path: "/submissions/6", roles: roles))
    }
}
