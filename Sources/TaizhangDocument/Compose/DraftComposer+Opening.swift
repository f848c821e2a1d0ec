extension DraftComposer {
    /// Who, which period, and the overall picture in two or three sentences,
    /// each built from the data: how many entries in which areas, how the
    /// indicators moved against last year, and where the targets stand.
    func opening(_ input: DraftInput) -> Block {
        var b = RunBuilder()
        let figures = input.areas.flatMap(\.figures)
        var seen = Set<String>()
        var entries: [SourceRef] = []
        for figure in figures { for e in figure.entries where seen.insert(e.id).inserted { entries.append(.entry(e.id)) } }

        b.text("\(input.period.label)，\(input.unitName)")
        if entries.isEmpty {
            b.text("本期未登记工作台账。")
        } else {
            b.text("共登记工作台账")
            b.count(entries.count, "条", trace: entries)
            let names = input.areas.filter { !$0.figures.isEmpty }.map(\.name)
            b.text(names.count > 1
                ? "，涉及\(Self.enumeration(names))等\(ChineseNumerals.string(names.count))个方面。"
                : "，主要涉及\(names.first ?? "")工作。")
        }
        yearOnYearSentence(figures, into: &b)
        targetSentence(figures, period: input.period, into: &b)
        b.text("现将有关工作情况总结如下。")
        return b.paragraph("opening")
    }

    private func yearOnYearSentence(_ figures: [DraftFigure], into b: inout RunBuilder) {
        let compared = figures.compactMap { f -> (DraftFigure, Change)? in
            guard let last = f.lastYear, let change = Change.yearOnYear(current: f.value, lastYear: last.value)
            else { return nil }
            return (f, change)
        }
        guard !compared.isEmpty else { return }
        func refs(_ items: [(DraftFigure, Change)]) -> [SourceRef] { items.flatMap { $0.0.lastYear?.refs ?? [] } }
        let up = compared.filter { $0.1.signedPercent > 0 }
        let down = compared.filter { $0.1.signedPercent < 0 }
        let flat = compared.filter { $0.1 == .flat }
        b.text("与去年同期相比，")
        var parts: [(String, [(DraftFigure, Change)])] = []
        if !up.isEmpty { parts.append(("增长", up)) }
        if !down.isEmpty { parts.append(("下降", down)) }
        if !flat.isEmpty { parts.append(("持平", flat)) }
        b.list(parts, separator: "、") { b, part in
            b.count(part.1.count, "项", trace: refs(part.1))
            b.text("指标" + part.0)
        }
        if let best = up.max(by: { $0.1.signedPercent < $1.1.signedPercent }), up.count > 1 {
            b.text("，其中\(best.0.indicator)增幅最大，同比增长")
            b.percent(best.1.signedPercent, trace: best.0.entryRefs + (best.0.lastYear?.refs ?? []))
        }
        b.text("。")
    }

    private func targetSentence(_ figures: [DraftFigure], period: DraftPeriod, into b: inout RunBuilder) {
        let progress = figures.compactMap { FigureProgress($0, period: period) }
        guard !progress.isEmpty else { return }
        let onTrack = progress.filter { !$0.isBehind }
        let behind = progress.filter(\.isBehind)
        b.count(progress.count, "项", trace: progress.flatMap(\.target.refs))
        b.text("目标任务中，")
        if !onTrack.isEmpty {
            b.count(onTrack.count, "项", trace: onTrack.flatMap(\.trace))
            b.text(period.kind == .year ? "已完成" : "达到序时进度")
        }
        if !behind.isEmpty {
            if !onTrack.isEmpty { b.text("，") }
            b.count(behind.count, "项", trace: behind.flatMap(\.trace))
            b.text(period.kind == .year ? "未完成" : "滞后于序时进度")
        }
        b.text("。")
    }
}
