import Foundation
import TaizhangDocument
import TaizhangDomain
@testable import TaizhangWeb

/// Fixed models for every page: a street office (城关街道) in mid-2024.
enum Fixtures {
    static let today = CivilDate(2024, 7, 2)

    static func context(_ lang: Language = .zh, path: String = "/", roles: Set<Role> = [.staff, .liaison]) -> PageContext {
        PageContext(lang: lang, csrf: "csrf-token-123", displayName: "张晓燕",
                    units: [.init(id: 12, name: "城关街道办事处"), .init(id: 31, name: "城关街道文化站")],
                    currentUnitID: 12, roles: roles, path: path, today: today,
                    // As the server sets it for a zone's people and supervisors (the snapshots' navigation).
                    processUnits: roles.isDisjoint(with: [.liaison, .leader, .supervisor, .admin]) ? [] : [.init(id: 12, name: "城关街道办事处")])
    }

    static let indicators: [Indicator] = [
        Indicator(code: "performances", name: "文艺演出", nameEn: "Performances", measureWord: "场", group: "群众文化活动", phrase: "开展文艺演出"),
        Indicator(code: "audience", name: "受众", nameEn: "Audience", measureWord: "人次", group: "群众文化活动", phrase: "受众达"),
        Indicator(code: "films", name: "公益电影放映", nameEn: "Free film screenings", measureWord: "场", group: "公益电影", phrase: "放映公益电影"),
        Indicator(code: "funds", name: "资金投入", nameEn: "Funds", measureWord: "万元", valueType: .decimal, group: "经费保障", phrase: "投入资金"),
    ]

    static func value(_ i: Int, _ v: Double, _ q: String? = nil) -> ValueText {
        ValueText(IndicatorValue(indicator: indicators[i].code, value: v, qualifier: q), indicator: indicators[i])
    }

    static let entries: [EntryRow] = [
        EntryRow(id: 101, date: CivilDate(2024, 6, 28), title: "“庆七一”广场文艺汇演", category: .activity, place: "人民广场",
                 values: [value(0, 1), value(1, 3000, "余")], evidenceCount: 3),
        EntryRow(id: 102, date: CivilDate(2024, 6, 20), endDate: CivilDate(2024, 6, 22), title: "<script>alert(1)</script>",
                 category: .training, values: [], source: .api),
        EntryRow(id: 103, date: CivilDate(2024, 6, 15), title: "东关村公益电影放映", category: .activity, place: "东关村文化广场",
                 values: [value(2, 2)], source: .imported, needsConfirmation: true),
        EntryRow(id: 104, date: CivilDate(2024, 6, 3), title: "文化站设备购置", category: .fund, values: [value(3, 12.5)], planned: true),
    ]

    static let submissions: [SubmissionRow] = [
        SubmissionRow(id: 7, unitName: "城关街道办事处", planName: "工作动态", period: .month(2024, 6), status: .draft,
                      dueDate: CivilDate(2024, 7, 5), timeliness: .notDue),
        SubmissionRow(id: 6, unitName: "城关街道办事处", planName: "工作动态", period: .month(2024, 5), status: .returned,
                      dueDate: CivilDate(2024, 6, 5), submittedAt: Stamp(CivilDate(2024, 6, 4), 16, 20), timeliness: .onTime),
        SubmissionRow(id: 5, unitName: "城关街道办事处", planName: "季度进展", period: .quarter(2024, 1), status: .accepted,
                      dueDate: CivilDate(2024, 4, 10), submittedAt: Stamp(CivilDate(2024, 4, 12), 9, 5), timeliness: .late),
    ]

    static let progress: [Charts.ProgressBar] = [
        .init(label: "文艺演出", percent: 79, valueText: "71 / 90 场"),
        .init(label: "公益电影放映", percent: 42, valueText: "25 / 60 场", behind: true),
        .init(label: "业务培训", percent: 105, valueText: "21 / 20 期"),
    ]

    static let trend = Trend(title: "2024年各月文艺演出场次", xLabels: (1...6).map { "\($0)月" }, series: [
        .init(name: "2024年", values: [8, 10, 14, 12, 15, 12]),
        .init(name: "2023年", values: [6, 9, 11, nil, 13, 10]),
    ])

    static let form = FormState(values: ["title": "<b>夏夜</b>广场舞", "date": "2024-07-01", "v.audience": "abc"],
                                errors: ["date": "日期不能晚于今天", "v.audience": "请填写不小于0的整数"])
}
