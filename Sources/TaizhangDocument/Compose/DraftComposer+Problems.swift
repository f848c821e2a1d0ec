extension DraftComposer {
    /// "存在的问题": open rectification items, late and missing reports, returned reports,
    /// targets behind 序时进度, process findings and the user's notes, as "一是……；二是……。".
    /// With nothing to report it says what was checked, and claims nothing it did not check.
    func problemsSection(_ input: DraftInput, _ words: Words) -> [Block] {
        let heading = Block.heading(Heading(id: "problems", level: 1, text: words.fill(input.template.problemsHeading)))
        var clauses: [RunBuilder] = []
        let items = input.problems
        if !input.hasWork {
            var c = RunBuilder()
            c.text("工作台账登记不够及时完整，本期未登记工作记录，难以全面反映工作开展情况")
            clauses.append(c)
        }
        if let c = rectificationClause(items.filter { $0.source == .rectification }) { clauses.append(c) }
        if let c = reportingClause(items) { clauses.append(c) }
        let returned = items.filter { $0.source == .returned }
        if !returned.isEmpty {
            var c = RunBuilder()
            c.text("报送材料质量有待提升，")
            c.list(returned, separator: "，") { c, r in
                c.text(r.text.withoutClosingPunctuation + "被退回修改")
                if let d = r.detail, !d.isEmpty { c.text("（退回意见：“\(d.withoutClosingPunctuation)”）") }
            }
            clauses.append(c)
        }
        if let c = behindTargetsClause(input) { clauses.append(c) }
        for item in items where [.note, .target, .process].contains(item.source) {
            var c = RunBuilder()
            if let runs = item.runs { c.append(contentsOf: runs) } else { c.text(item.text.withoutClosingPunctuation) }
            clauses.append(c)
        }

        var b = RunBuilder()
        if clauses.isEmpty {
            nothingFound(input, into: &b)
        } else {
            b.list(Array(clauses.enumerated()), separator: "；") { b, item in
                b.text(ChineseNumerals.ordinal(item.offset + 1))
                b.append(item.element)
            }
            b.text("。")
        }
        return [heading, b.paragraph("problems-body")]
    }

    /// Only what the draft looked at: reports and rectification always, targets if any
    /// (counted, so the claim is traced to them).
    private func nothingFound(_ input: DraftInput, into b: inout RunBuilder) {
        let targets = input.areas.flatMap(\.figures).compactMap { FigureProgress($0, period: input.period) }
        b.text("对照工作台账、报送记录和整改事项，本期未发现迟报漏报和未销号的整改事项")
        if !targets.isEmpty {
            b.text("，")
            b.count(targets.count, "项", trace: targets.flatMap(\.trace))
            b.text(input.period.kind == .year ? "目标任务均已完成" : "目标任务均达到序时进度")
        }
        b.text("。下一步将继续对照年度工作要点查找不足、补齐短板。")
    }

    private func rectificationClause(_ open: [ProblemItem]) -> RunBuilder? {
        guard !open.isEmpty else { return nil }
        var c = RunBuilder()
        c.text("整改落实仍需加快，")
        c.count(open.count, "项", trace: open.compactMap(\.ref))
        c.text("整改事项尚未销号（\(Self.enumeration(open.prefix(5).map(\.text.withoutClosingPunctuation)))\(open.count > 5 ? "等" : "")）")
        let overdue = open.filter(\.overdue)
        if !overdue.isEmpty {
            c.text("，其中")
            c.count(overdue.count, "项", trace: overdue.compactMap(\.ref))
            c.text("已超过整改期限")
        }
        return c
    }

    private func reportingClause(_ items: [ProblemItem]) -> RunBuilder? {
        let late = items.filter { $0.source == .lateReport }
        let missing = items.filter { $0.source == .missingReport }
        guard !late.isEmpty || !missing.isEmpty else { return nil }
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
        let named = (late + missing).prefix(4).map(\.text.withoutClosingPunctuation)
        c.text("（\(Self.enumeration(named))\(late.count + missing.count > 4 ? "等" : "")）")
        return c
    }

    private func behindTargetsClause(_ input: DraftInput) -> RunBuilder? {
        let behind = input.areas.flatMap(\.figures).compactMap { FigureProgress($0, period: input.period) }
            .filter(\.isBehind)
        guard !behind.isEmpty else { return nil }
        var c = RunBuilder()
        c.text("部分目标任务进度滞后，")
        c.list(behind, separator: "，") { c, p in
            c.text("\(p.figure.subject)仅完成\(p.targetName(input.period))的")
            c.percent(p.percent, trace: p.trace)
        }
        if input.period.kind == .year {
            c.text("，未完成年度任务")
        } else if let first = behind.first, behind.allSatisfy({ abs($0.expectedPercent - first.expectedPercent) < 1e-9 }) {
            c.text("，低于")
            c.percent(first.expectedPercent, trace: behind.flatMap(\.target.refs))
            c.text("的序时进度")
        } else {
            c.text("，低于序时进度")
        }
        return c
    }
}
