/// What a submission says: a snapshot of the township's ledger for the period and a
/// short narrative written from it, in the style of 工作动态 and 工作总结.
extension DemoSubmissionWriter {
    func submission(_ plan: ReportingPlan, _ t: DemoLayout.Township, _ period: Period, events: [DemoEvent]) -> DemoSubmission {
        let units = Set([t.unitID, t.stationID] + t.childIDs)
        let inPeriod = entries.filter { units.contains($0.unitID) && !$0.planned && period.contains($0.countsOn) }
        var values = snapshot(inPeriod)
        if plan.reportType == "institutional_research" { values = values.filter { $0.indicator == "meetings" } }
        let highlights = highlightTitles(inPeriod.filter { $0.unitID == t.unitID })
        return DemoSubmission(unitID: t.unitID, planID: plan.id, period: period,
                              narrative: narrative(plan, t, period, values: values, highlights: highlights),
                              values: values, events: events)
    }

    /// Aggregated values per catalog indicator (catalog order), zeros left out.
    func snapshot(_ entries: [LedgerEntry]) -> [IndicatorValue] {
        var dated: [String: [(date: CivilDate, value: Double)]] = [:]
        for e in entries { for v in e.values { dated[v.indicator, default: []].append((e.countsOn, v.value)) } }
        return catalog.indicators.compactMap { ind in
            guard let list = dated[ind.code], let total = ind.aggregation.apply(list), total > 0 else { return nil }
            let value = ind.valueType == .decimal ? (total * 100).rounded() / 100 : total
            return IndicatorValue(indicator: ind.code, value: value)
        }
    }

    /// Up to three distinct titles of the period's largest activities.
    private func highlightTitles(_ entries: [LedgerEntry]) -> [String] {
        func weight(_ e: LedgerEntry) -> Double { e.values.first { $0.indicator.hasSuffix("audience") }?.value ?? 0 }
        var seen = Set<String>(), out: [String] = []
        for e in entries.sorted(by: { weight($0) > weight($1) }) where seen.insert(e.title).inserted {
            out.append(e.title)
            if out.count == 3 { break }
        }
        return out
    }

    private func narrative(_ plan: ReportingPlan, _ t: DemoLayout.Township, _ period: Period,
                           values: [IndicatorValue], highlights: [String]) -> String {
        let name = t.info.name, label = period.chineseLabel
        let figures = Self.figures(values)
        let work = highlights.isEmpty ? "" : "重点开展了" + highlights.joined(separator: "、") + "等工作。"
        switch plan.reportType {
        case "half_year_summary":
            return "\(label)，\(name)在区委、区政府和区文化和旅游局的指导下，围绕基本公共文化服务均等化目标，"
                + "扎实推进群众文化活动、农村电影放映、全民阅读和文化市场管理等工作。\(work)"
                + (figures.isEmpty ? "" : "\(period.chinesePrefix)共\(figures)。")
                + "下一步将对照年度目标任务查漏补缺，确保全年任务按期完成。"
        case "deep_progress":
            return "\(label)，\(name)创建工作深入推进，基层综合性文化服务中心提档升级和文化礼堂长效运行机制建设取得新进展。"
                + (figures.isEmpty ? "" : "本期共\(figures)。")
        case "institutional_research":
            let (topic, paper) = Self.researchTopics[(period.year * 4 + period.index) % Self.researchTopics.count]
            return "\(label)，\(name)围绕“\(topic)”开展制度设计研究，深入社区（村）开展专题调研，形成《\(paper)》。"
        case "phased_results":
            return "\(label)，\(name)创建工作取得阶段性成果：\(work)" + (figures.isEmpty ? "" : "累计\(figures)。")
        default:
            return "\(label)，\(name)\(work)" + (figures.isEmpty ? "" : "本期共\(figures)。")
        }
    }

    static let researchTopics = [
        ("基层公共文化服务供需对接机制", "群众文化需求征集和反馈办法（征求意见稿）"),
        ("文化礼堂长效运行管理", "文化礼堂开放使用管理办法（试行）"),
        ("公共文化设施社会化运营", "公共文化设施社会化运营调研报告"),
        ("文化志愿服务激励机制", "文化志愿者星级评定和激励办法（征求意见稿）"),
        ("数字文化服务进村入户", "数字文化服务推广实施方案（初稿）"),
    ]

    /// "开展文艺演出12场，受众3400人次；放映公益电影7场…" from the values that are present.
    static func figures(_ values: [IndicatorValue]) -> String {
        let v = Dictionary(values.map { ($0.indicator, $0.value.compact) }, uniquingKeysWith: { a, _ in a })
        var parts: [String] = []
        if let p = v["performances"] { parts.append("开展文艺演出\(p)场" + (v["audience"].map { "，受众\($0)人次" } ?? "")) }
        if let f = v["film_screenings"] { parts.append("放映公益电影\(f)场" + (v["film_audience"].map { "，观影群众\($0)人次" } ?? "")) }
        if let s = v["training_sessions"] { parts.append("举办培训\(s)期" + (v["trainees"].map { "，培训\($0)人次" } ?? "")) }
        if let m = v["publicity_materials"] { parts.append("发放宣传资料\(m)份") }
        if let i = v["inspections"] { parts.append("开展文化市场检查\(i)次" + (v["cases_filed"].map { "，立案\($0)起" } ?? "")) }
        if let f = v["funds_spent"] { parts.append("投入资金\(f)万元") }
        if parts.isEmpty, let m = v["meetings"] { parts.append("召开专题会议\(m)次") }
        return parts.joined(separator: "；")
    }
}
