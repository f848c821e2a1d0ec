extension DraftComposer {
    /// "存在的问题": open rectification items, late and missing reports, targets
    /// behind 序时进度, and the user's notes, as "一是……；二是……。".
    func problemsSection(_ input: DraftInput) -> [Block] {
        let heading = Block.heading(Heading(id: "problems", level: 1, text: "存在的问题"))
        var clauses: [RunBuilder] = []
        let items = input.problems

        let open = items.filter { $0.source == .rectification }
        if !open.isEmpty {
            var c = RunBuilder()
            c.text("整改落实仍需加快，")
            c.count(open.count, "项", trace: open.compactMap(\.ref))
            c.text("整改事项尚未销号（\(Self.enumeration(open.map(\.text.withoutClosingPunctuation)))）")
            clauses.append(c)
        }
        let late = items.filter { $0.source == .lateReport }
        let missing = items.filter { $0.source == .missingReport }
        if !late.isEmpty || !missing.isEmpty {
            var c = RunBuilder()
            c.text("信息报送及时性有待提高，")
            if !late.isEmpty {
                c.text("迟报")
                c.count(late.count, "次", trace: late.compactMap(\.ref))
            }
            if !missing.isEmpty {
                if !late.isEmpty { c.text("、") }
                c.text("漏报")
                c.count(missing.count, "次", trace: missing.compactMap(\.ref))
            }
            c.text("（\(Self.enumeration((late + missing).map(\.text.withoutClosingPunctuation)))）")
            clauses.append(c)
        }
        if let c = behindTargetsClause(input) { clauses.append(c) }
        for note in items where note.source == .note || note.source == .target {
            var c = RunBuilder()
            c.text(note.text.withoutClosingPunctuation)
            clauses.append(c)
        }

        var b = RunBuilder()
        if clauses.isEmpty {
            // Say what was checked rather than invent a problem the data does not show.
            b.text("本期台账中无未销号的整改事项、无迟报漏报记录，各项目标任务均达到序时进度。")
        } else {
            b.list(Array(clauses.enumerated()), separator: "；") { b, item in
                b.text(ChineseNumerals.ordinal(item.offset + 1))
                for run in item.element.runs { b.append(run) }
            }
            b.text("。")
        }
        return [heading, b.paragraph("problems-body")]
    }

    private func behindTargetsClause(_ input: DraftInput) -> RunBuilder? {
        let behind = input.areas.flatMap(\.figures).compactMap { FigureProgress($0, period: input.period) }
            .filter(\.isBehind)
        guard !behind.isEmpty else { return nil }
        var c = RunBuilder()
        c.text("部分目标任务进度滞后，")
        c.list(behind, separator: "，") { c, p in
            c.text("\(p.figure.indicator)完成\(p.targetName(input.period))的")
            c.percent(p.percent, trace: p.trace)
        }
        c.text(input.period.kind == .year ? "，未完成年度任务" : "，低于序时进度")
        return c
    }
}
