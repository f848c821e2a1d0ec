/// The narrative of a monthly or quarterly report (工作动态), pre-filled by the same engine
/// as the summary so staff edit a draft instead of facing a blank box:
///
///     一、3月重点工作   — each area's lead sentence and its first highlight
///     二、主要数据       — each area's figures (same comparison and zero rules)
///     三、下一步打算     — planned entries and deadlines of the following period
public struct ReportComposer: Sendable {
    public init() {}

    public func blocks(_ input: DraftInput) -> [Block] {
        let composer = DraftComposer(maxNotablesPerArea: 1)
        let words = Words(input)
        let style = input.template.report
        var blocks: [Block] = [.heading(Heading(id: "report-work", level: 1, text: words.fill(style.workHeading)))]
        var work = RunBuilder()
        for area in input.areas {
            composer.leadSentence(area, focus: input.template.area(area.name)?.focus, input: input, words: words, into: &work)
            if let top = composer.pickNotables(area.notables, limit: 1).first, let body = composer.highlightParagraph(top, words: words) {
                work.text("其中，" + (top.deed ?? DraftComposer.quoted(top.title)) + "，")
                work.append(body)
            }
        }
        if work.isEmpty { work.text("本期工作台账中暂无已登记的工作记录。") }
        blocks.append(work.paragraph("report-work-body"))

        blocks.append(.heading(Heading(id: "report-data", level: 1, text: words.fill(style.dataHeading))))
        var data = RunBuilder()
        for area in input.areas {
            composer.figuresSentence(area.figures, period: input.period, rule: input.template.comparison, words: words,
                                     salt: area.name, into: &data)
        }
        if data.isEmpty { data.text("本期暂无可统计的数据。") }
        blocks.append(data.paragraph("report-data-body"))

        var plans = composer.plansSection(input, words)
        plans[0] = .heading(Heading(id: "report-plans", level: 1, text: words.fill(style.plansHeading)))
        return blocks + plans
    }

    /// The narrative as plain text with outline labels, ready for the submission's text box.
    public func narrative(_ input: DraftInput) -> String {
        var numbering = OutlineNumbering()
        return blocks(input).map { block -> String in
            if case .heading(let h) = block { return numbering.next(level: h.level) + h.text }
            return block.plainText
        }.joined(separator: "\n") + "\n"
    }
}
