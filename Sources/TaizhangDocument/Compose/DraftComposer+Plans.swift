extension DraftComposer {
    /// "下半年工作打算": planned entries, reporting deadlines, and what remains
    /// of each unmet annual target.
    func plansSection(_ input: DraftInput) -> [Block] {
        let period = input.period
        let heading = Block.heading(Heading(id: "plans", level: 1, text: period.plansHeading))
        var clauses: [RunBuilder] = []

        for plan in input.plans where plan.kind == .planned {
            var c = RunBuilder()
            c.text(plan.text.withoutClosingPunctuation)
            if let due = plan.dueDate { c.text("（计划于\(due.monthDay)前完成）") }
            clauses.append(c)
        }
        // Unmet annual targets can still be met only if the year is not over.
        if period.kind != .year && !(period.kind == .halfYear && period.part == 2) {
            let open = input.areas.flatMap(\.figures).compactMap { FigureProgress($0, period: period) }
                .filter { $0.target.scope == .annual && $0.remaining > 0 }
            for p in open {
                var c = RunBuilder()
                c.text("确保完成\(p.figure.indicator)全年目标任务（尚差")
                c.quantity(p.remaining, p.figure.measureWord, p.figure.qualifier == nil ? nil : .yue, trace: p.trace)
                c.text("）")
                clauses.append(c)
            }
        }
        let deadlines = input.plans.filter { $0.kind == .deadline }
        if !deadlines.isEmpty {
            var c = RunBuilder()
            c.text("按时完成报送任务：")
            c.list(deadlines, separator: "，") { c, d in
                c.text(d.text.withoutClosingPunctuation + (d.dueDate.map { "（\($0.monthDay)前）" } ?? ""))
            }
            clauses.append(c)
        }

        var b = RunBuilder()
        if clauses.isEmpty {
            b.text("台账中暂无已登记的下一阶段计划事项，请结合本单位年度工作要点补充。")
        } else {
            b.list(Array(clauses.enumerated()), separator: "；") { b, item in
                b.text(ChineseNumerals.ordinal(item.offset + 1))
                for run in item.element.runs { b.append(run) }
            }
            b.text("。")
        }
        return [heading, b.paragraph("plans-body")]
    }
}
