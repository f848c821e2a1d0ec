import Foundation
import TaizhangDomain
@testable import TaizhangWeb

extension Fixtures {
    static func process(_ path: String, _ lang: Language) -> PageContext { context(lang, path: path, roles: [.liaison, .leader]) }

    static func group(_ lang: Language) -> String {
        GroupPage.render(.init(groupName: "城关区创建国家公共文化服务体系示范区领导小组", office: "区文化和旅游局",
                               members: [.init(name: "刘志强", position: .leader, department: "区人民政府", title: "区长"),
                                         .init(name: "陈芳", position: .deputy, department: "区委宣传部", title: "部长"),
                                         .init(name: "周海", position: .member, department: "区财政局", title: "副局长")],
                               meetings: [.init(id: 1, date: CivilDate(2024, 3, 12), kind: .regular, title: "第一季度例会",
                                                attendance: "刘志强、陈芳、周海", minutes: "一、通报创建进展。\n二、部署二季度工作。"),
                                          .init(id: 2, date: CivilDate(2024, 5, 20), kind: .consultation, title: "图书馆总分馆建设会商",
                                                attendance: "陈芳、周海")],
                               canEdit: true, meetingForm: FormState(values: ["title": "二季度例会"], errors: ["date": "请填写会议日期"])),
                         process("/process/group", lang))
    }

    static func liaison(_ lang: Language) -> String {
        LiaisonPage.render(.init(current: .init(name: "孙立", title: "区文旅局副局长", phone: "0371-1234567", since: CivilDate(2023, 9, 1)),
                                 previous: [.init(name: "钱明", title: "原副局长", phone: "", since: CivilDate(2022, 1, 1), until: CivilDate(2023, 8, 31))],
                                 rotation: [.init(period: .quarter(2024, 1), host: "东湖区", heldOn: CivilDate(2024, 3, 28)),
                                            .init(period: .quarter(2024, 2), host: "城关区", heldOn: CivilDate(2024, 6, 25), isUs: true),
                                            .init(period: .quarter(2024, 3), host: "西山县")],
                                 canEdit: true, canManage: true, hostOptions: [.init("12", "城关街道")],
                                 meetingForm: FormState(values: ["period": "2024M07"], errors: ["period": "示范区联络员会议按季度召开"])),
                           process("/process/liaison", lang))
    }

    static func funds(_ lang: Language) -> String {
        FundsPage.render(.init(allowedCategories: ["基层群众文化活动", "保护传统民族民间文化", "培训基层文化队伍"],
                               lines: [.init(id: 1, category: "基层群众文化活动", project: "广场文化季", purpose: "演出补贴", budget: 30, spent: 18.5),
                                       .init(id: 2, category: "培训基层文化队伍", project: "文艺骨干培训", purpose: "师资费", budget: 10, spent: 11.2)],
                               expenditures: [.init(date: CivilDate(2024, 5, 8), lineName: "广场文化季", amount: 6.5, purpose: "演出补贴",
                                                    voucherURL: "/files/31"),
                                              .init(date: CivilDate(2024, 6, 10), lineName: "文艺骨干培训", amount: 4.2, purpose: "师资费",
                                                    problem: "超出预算1.2万元")],
                               report: .init(period: .half(2024, 1), dueDate: CivilDate(2024, 7, 15)), canEdit: true,
                               categoryOptions: [.init("grassroots_activities", "基层群众文化活动"), .init("team_training", "培训基层文化队伍")],
                               lineForm: FormState(values: ["scope": "购置公务用车", "category": "vehicles"],
                                                   errors: ["category": "类别不在允许的使用范围内"]),
                               planStatus: "已备案"),
                         process("/process/funds", lang))
    }

    static func inspections(_ lang: Language) -> String {
        InspectionsPage.render(.init(
            inspections: [.init(date: CivilDate(2024, 4, 18), kind: .national, title: "国家督导组实地检查", reportFiled: true, findingCount: 3),
                          .init(date: CivilDate(2024, 6, 28), kind: .selfInspection, title: "上半年自查", reportFiled: false, findingCount: 1)],
            items: [.init(id: 1, title: "图书室开放时间公示不规范", owner: "文化站", deadline: CivilDate(2024, 6, 30), status: .open, source: "国家督导"),
                    .init(id: 2, title: "农家书屋图书登记台账不完整", owner: "东关村", deadline: CivilDate(2024, 8, 31), status: .open),
                    .init(id: 3, title: "文化广场照明损坏", owner: "城建办", deadline: CivilDate(2024, 5, 31), status: .closed,
                          closedOn: CivilDate(2024, 5, 20))],
            rectificationRate: 1.0 / 3.0, canEdit: true, form: FormState(errors: ["reason": "请说明延期理由"]), failedItem: 2,
            canManage: true, sources: [.init("inspection:7", "国家督导检查 2024年4月18日")],
            itemForm: FormState(values: ["owner": "文化站"], errors: ["deadline": "请填写日期（年-月-日）。"])),
            process("/process/inspections", lang))
    }

    static func scores(_ lang: Language) -> String {
        ScoresPage.render(.init(scoringPeriod: "2024年上半年", cards: [
            .init(unitName: "城关区", base: 50, baseReason: "6份定期报告均按时报送", adoptions: [
                .init(date: CivilDate(2024, 3, 2), title: "城关区“文化进万家”", outlet: "人民日报", tier: "中央主流媒体", points: 40),
                .init(date: CivilDate(2024, 5, 9), title: "社区书房", outlet: "省电视台", tier: "省级媒体", points: 30)], total: 120),
            .init(unitName: "西山县", base: 0, baseReason: "4月工作动态迟报", adoptions: [
                .init(date: CivilDate(2024, 4, 1), title: "乡村春晚", outlet: "县政府网站", tier: "本级政府网站", points: 10)], total: 10),
        ]), process("/process/scores", lang))
    }

    static func circular(_ lang: Language) -> String {
        CircularPage.render(.init(id: "2024H1", title: "关于2024年上半年示范区信息宣传工作评分情况的通报", issuedOn: CivilDate(2024, 7, 20),
                                  issuer: "创建工作办公室", intro: "现将各示范区2024年上半年信息宣传工作评分情况通报如下。",
                                  rows: [.init(unitName: "西山县", base: 0, adoptionPoints: 10, adoptionCount: 1, total: 10),
                                         .init(unitName: "城关区", base: 50, adoptionPoints: 70, adoptionCount: 2, total: 120),
                                         .init(unitName: "东湖区", base: 50, adoptionPoints: 70, adoptionCount: 3, total: 120)],
                                  others: [.init("2023H2", "2023年下半年通报")]),
                            process("/process/circulars", lang))
    }

    static func acceptance(_ lang: Language) -> String {
        AcceptancePage.render(.init(unitName: "西山县", cycle: "2023—2024年", parts: [
            .init(name: "公共文化设施网络", weight: 40, score: 92), .init(name: "公共文化服务供给", weight: 40, score: 88),
            .init(name: "信息宣传工作", weight: 20, score: 45)], total: 79, passMark: 75,
            requirements: [.init(name: "领导小组定期例会", met: false, detail: "2024年未召开例会，无会议纪要"),
                           .init(name: "联络员制度", met: true, detail: "已指定联络员"),
                           .init(name: "经费专款专用", met: true, detail: "支出均在批准计划内"),
                           .init(name: "半年自查报告", met: false, detail: "缺2024年上半年自查报告", veto: false)]),
            process("/process/acceptance", lang))
    }

    static func error(_ lang: Language) -> String {
        ErrorPage.render(.init(status: 404), context(lang, path: "/nowhere"))
    }
}
