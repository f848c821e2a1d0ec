extension DraftInput {
    /// A fixed, realistic input: a street office's 2024 first-half summary,
    /// rolled up from its communities. Used by the demo data, the snapshot
    /// test and `bench-document --sample`.
    public static var demo: DraftInput {
        DraftInput(
            unitName: "城关街道办事处", signatureName: "城关街道办事处",
            period: .halfYear(2024), writtenOn: DocDate(year: 2024, month: 7, day: 5),
            areas: [culturalActivities, films, training, funds],
            problems: [
                ProblemItem(text: "文化站图书室开放时间公示不规范", source: .rectification, ref: SourceRef(.rectification, "R-07")),
                ProblemItem(text: "农家书屋图书登记台账不完整", source: .rectification, ref: SourceRef(.rectification, "R-09")),
                ProblemItem(text: "4月工作动态", source: .lateReport, ref: .submission("S-2024M04")),
                ProblemItem(text: "基层文艺骨干队伍年龄偏大，后备力量不足。", source: .note),
            ],
            plans: [
                PlanItem(text: "举办“庆七一”主题文艺演出", dueDate: DocDate(year: 2024, month: 7, day: 1), ref: SourceRef(.plan, "P-31")),
                PlanItem(text: "开展暑期少儿公益培训班", ref: SourceRef(.plan, "P-32")),
                PlanItem(text: "报送上半年经费使用情况", kind: .deadline, dueDate: DocDate(year: 2024, month: 7, day: 15)),
                PlanItem(text: "报送第三季度工作动态", kind: .deadline, dueDate: DocDate(year: 2024, month: 10, day: 5)),
            ],
            rankings: [RankingInput(
                title: "各社区文艺演出开展情况", indicator: "文艺演出", measureWord: "场",
                rows: [
                    RankingRow(unitName: "东关社区", value: 18, refs: [SourceRef(.unit, "C-01")]),
                    RankingRow(unitName: "西街社区", value: 15, refs: [SourceRef(.unit, "C-02")]),
                    RankingRow(unitName: "南门社区", value: 15, refs: [SourceRef(.unit, "C-03")]),
                    RankingRow(unitName: "北苑社区", value: 12, refs: [SourceRef(.unit, "C-04")]),
                    RankingRow(unitName: "新华社区", value: 11, refs: [SourceRef(.unit, "C-05")]),
                ])])
    }

    /// Entries E001… with the given values; ids restart per figure via `start`.
    static func demoEntries(_ start: Int, _ values: [Double], approximate: Set<Int> = []) -> [EntryValue] {
        values.enumerated().map { i, v in
            let n = start + i
            return EntryValue(id: "E" + (n < 10 ? "00" : n < 100 ? "0" : "") + String(n), value: v,
                              qualifier: approximate.contains(i) ? .yu : nil)
        }
    }

    private static var culturalActivities: DraftArea {
        DraftArea(
            name: "群众文化活动",
            figures: [
                .summing(indicator: "文艺演出", verbPhrase: "开展文艺演出", measureWord: "场",
                         entries: demoEntries(1, [8, 6, 5, 7, 9, 4, 6, 8, 5, 7, 6]),
                         lastYear: LastYearFigure(value: 63, refs: [.lastYear("2023H1-performances")]),
                         target: TargetFigure(value: 120, refs: [.target("T-2024-01")])),
                .summing(indicator: "观众", verbPhrase: "受众达", measureWord: "人次",
                         entries: demoEntries(1, [21_000, 9_800, 12_500, 15_000, 26_000, 6_200, 11_000, 14_523, 8_000, 9_500, 7_000],
                                              approximate: [0, 4]),
                         lastYear: LastYearFigure(value: 150_000, refs: [.lastYear("2023H1-audience")])),
            ],
            notables: [
                NotableEntry(title: "我们的节日·春节新春文艺汇演", date: DocDate(year: 2024, month: 2, day: 8), place: "城关文化广场",
                             figures: [KeyFigure(label: "受众", value: 21_000, measureWord: "人次", qualifier: .yu)],
                             hasEvidence: true, ref: .entry("E001")),
                NotableEntry(title: "“端午安康”社区邻里节", date: DocDate(year: 2024, month: 6, day: 8), place: "东关社区",
                             figures: [KeyFigure(label: "受众", value: 26_000, measureWord: "人次", qualifier: .yu)],
                             hasEvidence: true, ref: .entry("E005")),
                NotableEntry(title: "广场舞展演", date: DocDate(year: 2024, month: 4, day: 20), place: "北苑社区",
                             figures: [KeyFigure(label: "参演", value: 320, measureWord: "人")],
                             ref: .entry("E006")),
            ])
    }

    private static var films: DraftArea {
        DraftArea(name: "公益电影放映", figures: [
            .summing(indicator: "公益电影放映", verbPhrase: "放映公益电影", measureWord: "场",
                     entries: demoEntries(12, [8, 8, 8, 8, 8, 8]),
                     lastYear: LastYearFigure(value: 48, refs: [.lastYear("2023H1-films")]),
                     target: TargetFigure(value: 96, refs: [.target("T-2024-02")])),
        ])
    }

    private static var training: DraftArea {
        DraftArea(name: "文化队伍培训", figures: [
            .summing(indicator: "业务培训", verbPhrase: "举办业务培训", measureWord: "期",
                     entries: demoEntries(18, [2, 3, 2, 2, 3]),
                     target: TargetFigure(value: 30, refs: [.target("T-2024-03")])),
            .summing(indicator: "培训人次", verbPhrase: "培训文艺骨干", measureWord: "人次",
                     entries: demoEntries(18, [150, 210, 160, 140, 200])),
        ])
    }

    private static var funds: DraftArea {
        DraftArea(name: "文化经费保障", figures: [
            .summing(indicator: "文化经费", verbPhrase: "投入文化建设资金", measureWord: "万元",
                     entries: demoEntries(23, [20, 36.92, 22.583]),
                     lastYear: LastYearFigure(value: 70.2, refs: [.lastYear("2023H1-funds")])),
        ])
    }
}
