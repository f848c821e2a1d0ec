import Foundation
import TaizhangDomain
@testable import TaizhangWeb

extension Fixtures {
    /// Five communities × six months of work updates, computed by the domain's matrix.
    static var matrixGrid: MatrixPage.Grid {
        let plan = ReportingPlan(id: 1, name: "工作动态", reportType: "work_update", periodKind: .month,
                                 appliesTo: UnitSelector(kinds: [.community]), dueRule: .dayOfNextMonth(5))
        let names = ["东关社区", "西街社区", "南门社区", "北苑社区", "新华社区"]
        let units = names.enumerated().map { Unit(id: 40 + $0, parentID: 12, kind: .community, name: $1) }
        func at(_ m: Int, _ d: Int) -> Date { CivilDate(2024, m, d).startInstant().addingTimeInterval(9 * 3600) }
        let submitted: [Int: [String: Date]] = [
            40: ["2024M01": at(2, 3), "2024M02": at(3, 4), "2024M03": at(4, 2), "2024M04": at(5, 5), "2024M05": at(6, 1)],
            41: ["2024M01": at(2, 5), "2024M02": at(3, 9), "2024M03": at(4, 5), "2024M05": at(6, 5)],
            42: ["2024M01": at(2, 1), "2024M02": at(3, 1), "2024M03": at(4, 1), "2024M04": at(5, 1), "2024M05": at(6, 1), "2024M06": at(7, 1)],
            43: ["2024M02": at(3, 20)],
        ]
        let matrix = ReportingMatrix.compute(plan: plan, units: units, periods: Period.range(.month(2024, 1), through: .month(2024, 6)),
                                             firstSubmitted: submitted, now: today.startInstant().addingTimeInterval(10 * 3600))
        return MatrixPage.Grid(matrix, submissionIDs: [40: ["2024M05": 501], 42: ["2024M06": 502]])
    }

    static func matrix(_ lang: Language) -> String {
        MatrixPage.render(.init(plans: [.init(id: 1, name: "工作动态"), .init(id: 2, name: "季度进展")], planID: 1, grid: matrixGrid,
                                periodOptions: Period.range(.month(2024, 1), through: .month(2024, 6)),
                                from: .month(2024, 1), to: .month(2024, 6)),
                          context(lang, path: "/matrix", roles: [.supervisor]))
    }

    static func unit(_ lang: Language) -> String {
        let grid = matrixGrid
        return UnitPage.render(.init(unitName: "西街社区", ancestors: [.init(id: 2, name: "文旅局"), .init(id: 12, name: "城关街道办事处")],
                                     kind: .community, liaison: "赵敏 13800000000",
                                     history: [.init(planName: "工作动态", periods: grid.periods, row: grid.rows[1])],
                                     progress: progress, trend: trend, submissions: Array(submissions.prefix(2)), openRectifications: 2),
                               context(lang, path: "/units/41", roles: [.supervisor]))
    }

    static func rankings(_ lang: Language) -> String {
        RankingsPage.render(.init(metrics: [.init("reporting_rate", lang == .zh ? "报送率" : "Reporting rate"),
                                            .init("performances", lang == .zh ? "文艺演出" : "Performances")],
                                  metric: "performances", periods: [.half(2024, 1)], period: .half(2024, 1),
                                  rows: [.init(unitID: 40, unitName: "东关社区", value: 18, valueText: "18 场"),
                                         .init(unitID: 41, unitName: "西街社区", value: 15, valueText: "15 场", own: true),
                                         .init(unitID: 42, unitName: "南门社区", value: 15, valueText: "15 场"),
                                         .init(unitID: 43, unitName: "北苑<社区>", value: 4, valueText: "4 场")]),
                            context(lang, path: "/rankings", roles: [.supervisor]))
    }

    static let checkedText = """
    城关街道2024年上半年工作总结
    一、群众文化活动
    上半年共开展文艺演出71场，受众达14余万人次。共举办节假日大中小文体活动次。
    三、下半年工作打算
    20__年，我们将继续<加强>阵地建设。
    """

    static func checker(_ lang: Language) -> String {
        let result = CheckerPage.Result(documentName: "总结.txt", encoding: "utf-8", text: checkedText, findings: [
            .init(kind: .missingNumber, severity: .error, line: 3, column: 36, text: "活动次", message: "“次”前缺少数字，可能被删掉了。"),
            .init(kind: .numbering, severity: .warning, line: 4, column: 1, text: "三、", message: "序号跳过了“二、”。"),
            .init(kind: .placeholder, severity: .error, line: 5, column: 1, text: "20__年", message: "模板空白“20__年”未填写。"),
            .init(kind: .duplicate, severity: .info, line: 5, column: 7, text: "我们将继续加强…", message: "段落重复。"),
        ], quantities: [.init(text: "71场", normalized: 71, unit: "场", subject: "开展文艺演出", line: 3),
                        .init(text: "14余万人次", normalized: 140000, unit: "万人次", qualifier: "余", subject: "受众", line: 3)],
        outline: [.init(level: 1, marker: "一、", title: "群众文化活动", line: 2), .init(level: 1, marker: "三、", title: "下半年工作打算", line: 4)])
        return CheckerPage.render(.init(form: FormState(values: ["text": checkedText]), result: result, canImport: true,
                                         importPeriods: [.half(2024, 1), .half(2024, 2), .year(2024)]),
                                  context(lang, path: "/check"))
    }

    static func checkerEmpty(_ lang: Language) -> String {
        CheckerPage.render(.init(form: FormState(errors: ["text": "请粘贴要检查的文字。"])), context(lang, path: "/check"))
    }
}
