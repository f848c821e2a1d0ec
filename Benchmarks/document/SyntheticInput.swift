import TaizhangDocument

/// A synthetic unit: `entries` ledger entries spread over eight areas, each
/// entry counted in its area's count figure and audience figure, a tenth of
/// them approximate; notable candidates, problems, plans and a ranking.
enum SyntheticInput {
    static let areaNames = ["群众文化活动", "公益电影放映", "文化队伍培训", "非遗保护传承", "全民阅读推广", "文化志愿服务", "文物安全检查", "文化市场执法"]

    static func make(entries: Int) -> DraftInput {
        var generator = LinearCongruential(seed: 20_240_705)
        let perArea = max(entries / areaNames.count, 1)
        let areas = areaNames.enumerated().map { a, name -> DraftArea in
            let ids = (0..<perArea).map { "E\(a * perArea + $0 + 1)" }
            let counts = ids.map { EntryValue(id: $0, value: Double(1 + generator.next() % 3)) }
            let audience = ids.map { EntryValue(id: $0, value: Double(50 + generator.next() % 3000),
                                                qualifier: generator.next() % 10 == 0 ? .yu : nil) }
            let notables = ids.prefix(200).map { id in
                NotableEntry(title: "\(name)重点活动\(id)", date: DocDate(year: 2024, month: 1 + Int(generator.next() % 6), day: 1 + Int(generator.next() % 28)),
                             place: "第\(generator.next() % 30 + 1)社区",
                             figures: [KeyFigure(label: "受众", value: Double(generator.next() % 5000), measureWord: "人次")],
                             hasEvidence: generator.next() % 3 == 0, ref: .entry(id))
            }
            return DraftArea(name: name, figures: [
                .summing(indicator: "\(name)活动", verbPhrase: "开展\(name)活动", measureWord: "场", entries: counts,
                         lastYear: LastYearFigure(value: Double(perArea * 2), refs: [.lastYear("LY-\(a)-1")]),
                         target: TargetFigure(value: Double(perArea * 4), refs: [.target("T-\(a)-1")])),
                .summing(indicator: "\(name)受众", verbPhrase: "受众达", measureWord: "人次", entries: audience,
                         lastYear: LastYearFigure(value: Double(perArea * 1400), refs: [.lastYear("LY-\(a)-2")])),
                .summing(indicator: "\(name)经费", verbPhrase: "投入资金", measureWord: "万元",
                         entries: ids.prefix(50).map { EntryValue(id: $0, value: Double(generator.next() % 500) / 100) }),
            ], notables: notables)
        }
        let problems = (0..<40).map { i in
            ProblemItem(text: "问题事项\(i + 1)", source: [.rectification, .lateReport, .missingReport, .note][i % 4],
                        ref: SourceRef(.rectification, "R\(i)"))
        }
        let plans = (0..<20).map { i in
            PlanItem(text: "计划事项\(i + 1)", kind: i % 2 == 0 ? .planned : .deadline,
                     dueDate: DocDate(year: 2024, month: 7 + i % 6, day: 5), ref: SourceRef(.plan, "P\(i)"))
        }
        let ranking = RankingInput(title: "各社区活动开展情况", indicator: "活动", measureWord: "场",
                                   rows: (0..<30).map { RankingRow(unitName: "第\($0 + 1)社区", value: Double(generator.next() % 400), refs: [SourceRef(.unit, "C\($0)")]) })
        return DraftInput(unitName: "城关区文化和旅游局", period: .halfYear(2024), writtenOn: DocDate(year: 2024, month: 7, day: 5),
                          areas: areas, problems: problems, plans: plans, rankings: [ranking])
    }
}

/// Deterministic numbers so every run measures the same input.
struct LinearCongruential {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
