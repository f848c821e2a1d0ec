extension DraftComposer {
    /// "一、〈area〉", a paragraph of figures, and a paragraph naming notable entries.
    func areaSection(_ area: DraftArea, number: Int, period: DraftPeriod) -> [Block] {
        let id = "area-\(number)"
        var blocks: [Block] = [.heading(Heading(id: id, level: 1, text: area.name))]
        if !area.figures.isEmpty {
            blocks.append(figuresParagraph(area.figures, period: period).paragraph("\(id)-figures"))
        }
        let notable = pickNotables(area.notables)
        if !notable.isEmpty {
            blocks.append(notablesParagraph(notable).paragraph("\(id)-notables"))
        }
        return blocks
    }

    /// "上半年共开展文艺演出71场，同比增长13.5%，完成全年目标任务的79%；受众达14余万人次。"
    func figuresParagraph(_ figures: [DraftFigure], period: DraftPeriod) -> RunBuilder {
        var b = RunBuilder()
        b.list(Array(figures.enumerated()), separator: "；") { b, item in
            let (i, f) = item
            if i == 0 { b.text(period.prefix + (Self.takesTotalWord(f) ? "共" : "")) }
            b.text(f.verbPhrase)
            b.quantity(f.value, f.measureWord, f.qualifier, trace: f.entryRefs)
            if let last = f.lastYear, let change = Change.yearOnYear(current: f.value, lastYear: last.value) {
                b.text("，" + change.lead)
                if change != .flat { b.percent(abs(change.signedPercent), trace: f.entryRefs + last.refs) }
            }
            if let progress = FigureProgress(f, period: period) {
                let name = progress.targetName(period)
                if progress.isComplete && progress.target.scope == .annual && period.kind != .year {
                    b.text("，已提前完成\(name)（完成率")
                    b.percent(progress.percent, trace: progress.trace)
                    b.text("）")
                } else {
                    b.text("，完成\(name)的")
                    b.percent(progress.percent, trace: progress.trace)
                }
            }
        }
        b.text("。")
        return b
    }

    /// "共" belongs before a summed count ("共开展文艺演出71场") but not before
    /// a stated level ("受众达…", "覆盖率为…").
    static func takesTotalWord(_ f: DraftFigure) -> Bool {
        guard f.aggregation == .sum, f.measureWord != "%" else { return false }
        return !(f.verbPhrase.hasSuffix("达") || f.verbPhrase.hasSuffix("为"))
    }

    /// Entries with evidence first, then the largest by their biggest figure.
    func pickNotables(_ candidates: [NotableEntry]) -> [NotableEntry] {
        let size: (NotableEntry) -> Double = { $0.figures.map(\.value).max() ?? 0 }
        let ranked = candidates.enumerated().sorted { a, b in
            if a.element.hasEvidence != b.element.hasEvidence { return a.element.hasEvidence }
            let (sa, sb) = (size(a.element), size(b.element))
            return sa != sb ? sa > sb : a.offset < b.offset
        }
        return ranked.prefix(maxNotablesPerArea).map(\.element)
            .sorted { ($0.date ?? DocDate(year: 0, month: 0, day: 0)) < ($1.date ?? DocDate(year: 0, month: 0, day: 0)) }
    }

    /// "重点工作有：“…”（3月5日，城关广场），受众2000余人次；…。上述活动佐证资料均已归档。"
    func notablesParagraph(_ entries: [NotableEntry]) -> RunBuilder {
        var b = RunBuilder()
        b.text("重点工作有：")
        b.list(entries, separator: "；") { b, e in
            b.text(Self.quoted(e.title))
            let whenWhere = [e.date?.monthDay, e.place].compactMap { $0 }
            if !whenWhere.isEmpty { b.text("（\(whenWhere.joined(separator: "，"))）") }
            for k in e.figures {
                b.text("，\(k.label)")
                b.quantity(k.value, k.measureWord, k.qualifier, trace: [e.ref])
            }
        }
        b.text("。")
        let evidenced = entries.filter(\.hasEvidence)
        if evidenced.count == entries.count {
            b.text(entries.count > 1 ? "上述工作佐证资料均已归档。" : "相关佐证资料已归档。")
        } else if !evidenced.isEmpty {
            b.text("其中" + evidenced.map { Self.quoted($0.title) }.joined() + "佐证资料已归档。")
        }
        return b
    }

    /// “title”, with quotes inside the title turned into single quotes as
    /// Chinese nesting requires (“‘端午安康’社区邻里节”).
    static func quoted(_ title: String) -> String {
        var inner = ""
        for c in title {
            switch c {
            case "“": inner.append("‘")
            case "”": inner.append("’")
            default: inner.append(c)
            }
        }
        return "“" + inner + "”"
    }
}
