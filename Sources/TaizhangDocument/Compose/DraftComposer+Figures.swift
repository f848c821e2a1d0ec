extension DraftComposer {
    /// "共开展文艺演出71场，同比增长13.5%，完成全年目标任务的78.9%；受众达14余万人次。"
    ///
    /// Each figure in its catalog phrase, never its statistics name; a comparison only where
    /// `ComparisonRule` allows a rate, else both values ("收缴非法出版物由去年同期的4件增至89件");
    /// zero figures get no number and no rate ("暂无结案").
    func figuresSentence(_ figures: [DraftFigure], period: DraftPeriod, rule: ComparisonRule, words: Words, salt: String,
                         into b: inout RunBuilder) {
        // Figures compared by their two values ("由…增至…") come last: a reader (and the checker)
        // pairs "增至" with the next rate in the sentence, which would belong to another figure.
        let compared = { (f: DraftFigure) -> Bool in
            if case .values? = f.lastYear.map({ Comparison.of(current: f.value, lastYear: $0.value, rule: rule, isLevel: f.isLevel) }) { return true }
            return false
        }
        let shown = figures.filter { $0.value > 0 && !compared($0) } + figures.filter { $0.value > 0 && compared($0) }
        let zeros = figures.filter { $0.value == 0 && $0.hasSources }
        guard !shown.isEmpty || !zeros.isEmpty else { return }
        let opener = ["共", "累计"][words.pick(2, salt + "-total")]
        // Clauses with a comparison or a target are set apart by "；", bare figures by "，".
        let rich = shown.contains { f in
            f.target != nil || f.lastYear.map { Comparison.of(current: f.value, lastYear: $0.value, rule: rule, isLevel: f.isLevel) != .none } == true
        }
        b.list(Array(shown.enumerated()), separator: rich ? "；" : "，") { b, item in
            let (i, f) = item
            // Without a lead sentence before it, the sentence opens with the period ("上半年共…").
            if i == 0 && b.isEmpty { b.text(period.prefix) }
            if i == 0 && Self.takesTotalWord(f) { b.text(opener) }
            figureClause(f, period: period, rule: rule, into: &b)
        }
        if !zeros.isEmpty {
            if !shown.isEmpty { b.text("；") } else if b.isEmpty { b.text(period.prefix) }
            // A count and its rate can share a subject (传染病漏报, 传染病漏报率): name it once.
            var seen = Set<String>()
            b.text("暂无" + Self.enumeration(zeros.map(\.subject).filter { seen.insert($0).inserted }))
        }
        b.text("。")
    }

    func figureClause(_ f: DraftFigure, period: DraftPeriod, rule: ComparisonRule, into b: inout RunBuilder) {
        let comparison = f.lastYear.map { Comparison.of(current: f.value, lastYear: $0.value, rule: rule, isLevel: f.isLevel) } ?? .none
        if case .values(let last, let current) = comparison, let refs = f.lastYear?.refs {
            // "收缴非法出版物由去年同期的4件增至89件": both values named, no rate.
            b.text(Self.stem(f.verbPhrase) + "由去年同期的")
            b.quantity(last, f.measureWord, nil, trace: refs)
            b.text(current > last ? "增至" : "减至")
            b.quantity(current, f.measureWord, f.qualifier, trace: f.entryRefs)
        } else {
            b.text(f.verbPhrase)
            b.quantity(f.value, f.measureWord, f.qualifier, trace: f.entryRefs)
            if case .rate(let change) = comparison, let last = f.lastYear {
                if change == .flat {
                    // "与去年同期（5次）持平": the claim names the figure it rests on.
                    b.text("，与去年同期（")
                    b.quantity(last.value, f.measureWord, nil, trace: last.refs)
                    b.text("）持平")
                } else {
                    b.text("，" + change.lead)
                    b.percent(abs(change.signedPercent), trace: f.entryRefs + last.refs)
                }
            }
        }
        guard let progress = FigureProgress(f, period: period) else { return }
        let name = progress.targetName(period)
        if progress.isComplete {
            b.text(progress.target.scope == .annual && period.kind != .year ? "，已提前完成\(name)" : "，已完成\(name)")
            b.text("（完成率")
            b.percent(progress.percent, trace: progress.trace)
            b.text("）")
        } else {
            b.text("，完成\(name)的")
            b.percent(progress.percent, trace: progress.trace)
        }
    }

    /// "受众达" → "受众", "覆盖率达到" → "覆盖率": the phrase before "由…增至…".
    static func stem(_ phrase: String) -> String {
        for suffix in ["达到", "达", "为"] where phrase.hasSuffix(suffix) && phrase.count > suffix.count {
            return String(phrase.dropLast(suffix.count))
        }
        return phrase
    }

    /// "共" belongs before a summed count ("共开展文艺演出71场") but not before
    /// a stated level ("受众达…", "覆盖率为…").
    static func takesTotalWord(_ f: DraftFigure) -> Bool {
        guard f.aggregation == .sum, f.measureWord != "%" else { return false }
        return !(f.verbPhrase.hasSuffix("达") || f.verbPhrase.hasSuffix("为") || f.verbPhrase.hasSuffix("达到"))
    }
}
