extension DraftComposer {
    /// The opening paragraph, built from the data: the period, the unit, its guiding line,
    /// the main kinds of work, the results that matter (the largest headline figures,
    /// targets against 序时进度, the creation work), then "现将有关情况总结如下".
    /// It never counts indicators up or down ("22项指标下降" says nothing).
    func opening(_ input: DraftInput, _ words: Words) -> Block {
        var b = RunBuilder()
        let guiding = (input.guidingLine ?? input.template.guidingLine).withoutClosingPunctuation
        b.text("\(input.period.label)，\(input.unitName)")
        if let rollUp = input.rollUp {
            b.text("指导所属")
            b.count(rollUp.childCount, "个", trace: rollUp.refs)
            b.text(rollUp.childWord)
        }
        if !guiding.isEmpty { b.text(rollUpJoin(input) + guiding) }
        guard input.hasWork else {
            b.text("。本期工作台账中暂无已登记的工作记录，本稿仅依据报送、整改等记录生成，")
            b.text("待补充台账后可重新生成。" + input.template.openingClose)
            return b.paragraph("opening")
        }
        let names = input.areas.prefix(4).map(\.name)
        if !names.isEmpty {
            let verb = ["扎实推进", "统筹推进", "着力抓好"][words.pick(3, "opening-verb")]
            b.text("，\(verb)\(Self.enumeration(names))\(input.areas.count > names.count ? "等" : "")各项工作")
        }
        if let creation = input.creation, !creation.summary.isEmpty {
            b.text("，")
            b.append(contentsOf: creation.summary)
        }
        b.text("。")
        headlineSentence(input, into: &b)
        targetSentence(input.areas.flatMap(\.figures), period: input.period, into: &b)
        b.text(input.template.openingClose)
        return b.paragraph("opening")
    }

    private func rollUpJoin(_ input: DraftInput) -> String { input.rollUp == nil ? "" : "，" }

    /// The headline figure of the busiest areas: "上半年共开展文艺演出71场、放映公益电影48场，受众达14余万人次。"
    private func headlineSentence(_ input: DraftInput, into b: inout RunBuilder) {
        let ranked = input.areas.enumerated().sorted { a, c in
            let (x, y) = (Self.entryCount(a.element), Self.entryCount(c.element))
            return x != y ? x > y : a.offset < c.offset
        }.map(\.element)
        let headlines = ranked.compactMap { area in area.figures.first { $0.aggregation == .sum && $0.measureWord != "%" && $0.value > 0 } }
            .prefix(3)
        guard !headlines.isEmpty else { return }
        b.text(input.period.prefix + "共")
        b.list(Array(headlines), separator: "，") { b, f in
            b.text(f.verbPhrase)
            b.quantity(f.value, f.measureWord, f.qualifier, trace: f.entryRefs)
        }
        b.text("。")
    }

    /// Entries behind the area's figures; for a large roll-up's figures (counted, not listed)
    /// the largest count — an entry may carry several of the area's indicators.
    static func entryCount(_ area: DraftArea) -> Int {
        let counted = area.figures.compactMap(\.entryCount)
        return counted.isEmpty ? Set(area.figures.flatMap(\.entries).map(\.id)).count : counted.max()!
    }

    /// Targets against 序时进度, only when the unit has targets: "8项目标任务均达到序时进度。" or
    /// "8项目标任务中7项达到序时进度，文化市场检查进度滞后。"
    private func targetSentence(_ figures: [DraftFigure], period: DraftPeriod, into b: inout RunBuilder) {
        let progress = figures.compactMap { FigureProgress($0, period: period) }
        guard !progress.isEmpty else { return }
        let behind = progress.filter(\.isBehind)
        let done = period.kind == .year ? "完成" : "达到序时进度"
        b.count(progress.count, "项", trace: progress.flatMap(\.target.refs))
        if behind.isEmpty {
            b.text("目标任务\(progress.count > 1 ? "均" : "")\(period.kind == .year ? "已完成" : "达到序时进度")。")
            return
        }
        let onTrack = progress.filter { !$0.isBehind }
        b.text("目标任务中，")
        if !onTrack.isEmpty {
            b.count(onTrack.count, "项", trace: onTrack.flatMap(\.trace))
            b.text(done + "，")
        }
        b.text(Self.enumeration(behind.prefix(3).map(\.figure.subject)) + (behind.count > 3 ? "等" : "") + "进度滞后。")
    }
}
