@testable import TaizhangDocument

/// Small fixed inputs for tests (the demo input lives in the library).
enum Fixtures {
    /// One area with two figures, one of them approximate, plus a problem and a plan.
    static var small: DraftInput {
        DraftInput(
            unitName: "城关镇文化站", period: .halfYear(2024), writtenOn: DocDate(year: 2024, month: 7, day: 5),
            areas: [DraftArea(
                name: "群众文化活动",
                figures: [
                    .summing(indicator: "文艺演出", verbPhrase: "开展文艺演出", measureWord: "场",
                             entries: [EntryValue(id: "12", value: 40), EntryValue(id: "15", value: 31)],
                             lastYear: LastYearFigure(value: 60, refs: [.lastYear("LY-1")]),
                             target: TargetFigure(value: 90, refs: [.target("T-1")])),
                    .summing(indicator: "观众", verbPhrase: "受众达", measureWord: "人次",
                             entries: [EntryValue(id: "12", value: 80_000, qualifier: .yu), EntryValue(id: "15", value: 60_523)]),
                ],
                notables: [NotableEntry(title: "广场文艺汇演 <第1场> & “夏夜”", date: DocDate(year: 2024, month: 5, day: 1),
                                        place: "人民广场", figures: [KeyFigure(label: "受众", value: 3_000, measureWord: "人次", qualifier: .yu)],
                                        hasEvidence: true, ref: .entry("12"))])],
            problems: [ProblemItem(text: "图书室开放时间公示不规范", source: .rectification, ref: SourceRef(.rectification, "R1"))],
            plans: [PlanItem(text: "报送第三季度工作动态", kind: .deadline, dueDate: DocDate(year: 2024, month: 10, day: 5))])
    }
}
