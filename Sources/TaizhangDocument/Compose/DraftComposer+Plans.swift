extension DraftComposer {
    /// "下半年工作打算", for the period after this one only: planned entries, what remains of
    /// each annual target (尚差), rectification items and process work falling due, and the
    /// reports due. Items dated outside the following period are left out.
    func plansSection(_ input: DraftInput, _ words: Words) -> [Block] {
        let next = input.period.following
        let heading = Block.heading(Heading(id: "plans", level: 1, text: words.fill(input.template.plansHeading)))
        let inWindow = input.plans.filter { $0.dueDate.map(next.contains) ?? true }
        var clauses: [RunBuilder] = []

        var seen = Set<String>()
        let planned = inWindow.filter { $0.kind == .planned && seen.insert($0.text).inserted }
        if !planned.isEmpty {
            var c = RunBuilder()
            c.text(["按计划", "按照工作安排，"][words.pick(2, "plans-planned")])
            c.list(Array(planned.prefix(5)), separator: "、") { c, p in
                c.text(p.text.withoutClosingPunctuation)
                if let due = p.dueDate { c.text("（\(due.monthDay)）") }
            }
            c.text(planned.count > 5 ? "等工作" : "")
            clauses.append(c)
        }
        let recurring = inWindow.filter { $0.kind == .recurring && !seen.contains($0.text) }
        if !recurring.isEmpty {
            var c = RunBuilder()
            c.text("继续办好" + Self.enumeration(recurring.prefix(3).map(\.text.withoutClosingPunctuation)) + "等群众喜闻乐见的品牌活动")
            clauses.append(c)
        }
        if let c = remainingTargetsClause(input) { clauses.append(c) }
        let fixes = inWindow.filter { $0.kind == .rectification }
        if !fixes.isEmpty {
            var c = RunBuilder()
            c.text("对照整改清单，按期完成")
            c.list(Array(fixes.prefix(4)), separator: "、") { c, p in
                c.text("“\(p.text.withoutClosingPunctuation)”" + (p.dueDate.map { "（\($0.monthDay)前）" } ?? ""))
            }
            c.text(fixes.count > 4 ? "等" : "")
            c.count(fixes.count, "项", trace: fixes.flatMap(\.refs))
            c.text("整改事项并及时销号")
            clauses.append(c)
        }
        for p in inWindow where p.kind == .process {
            var c = RunBuilder()
            c.text(p.text.withoutClosingPunctuation + (p.dueDate.map { "（\($0.monthDay)前）" } ?? ""))
            clauses.append(c)
        }
        let deadlines = inWindow.filter { $0.kind == .deadline }
        if !deadlines.isEmpty {
            var c = RunBuilder()
            c.text((input.rollUp.map { "督促各\($0.childWord)" } ?? "") + "严格落实信息报送制度，按时报送")
            c.list(deadlines, separator: "、") { c, d in
                let when = d.schedule ?? d.dueDate.map { "\($0.monthDay)前" }
                var name = d.text.withoutClosingPunctuation
                if name.hasPrefix("报送") { name.removeFirst(2) }
                if let when, name.hasSuffix("）") {
                    c.text(String(name.dropLast()) + "，\(when)）")
                } else {
                    c.text(name + (when.map { "（\($0)）" } ?? ""))
                }
            }
            clauses.append(c)
        }

        var b = RunBuilder()
        if clauses.isEmpty {
            b.text("台账中暂无已登记的\(input.period.followingName)计划事项，请结合本单位年度工作要点补充。")
        } else {
            b.list(Array(clauses.enumerated()), separator: "；") { b, item in
                b.text(ChineseNumerals.ordinal(item.offset + 1))
                b.append(item.element)
            }
            b.text("。")
        }
        return [heading, b.paragraph("plans-body")]
    }

    /// Unmet annual targets can still be met only within the same year.
    private func remainingTargetsClause(_ input: DraftInput) -> RunBuilder? {
        let period = input.period
        guard period.following.year == period.year, period.kind != .year else { return nil }
        let open = input.areas.flatMap(\.figures).compactMap { f -> FigureProgress? in
            var annual = f
            if f.target?.scope != .annual { annual.target = f.yearTarget }
            return FigureProgress(annual, period: period)
        }.filter { $0.target.scope == .annual && $0.remaining > 0 }
        guard !open.isEmpty else { return nil }
        var c = RunBuilder()
        c.text("对照全年目标任务，抓紧推进")
        c.list(Array(open.prefix(5)), separator: "、") { c, p in
            c.text("\(p.figure.subject)（尚差")
            c.quantity(p.remaining, p.figure.measureWord, p.figure.qualifier == nil ? nil : .yue, trace: p.trace)
            c.text("）")
        }
        c.text((open.count > 5 ? "等" : "") + "工作，确保全年任务按期完成")
        return c
    }
}
