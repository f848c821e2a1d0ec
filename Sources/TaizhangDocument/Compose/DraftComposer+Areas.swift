extension DraftComposer {
    /// "（二）群众文化活动丰富多彩": a paragraph with the lead sentence and the figures, then
    /// one level-3 item per highlight ("1.举办“…”" and what it was).
    func areaSection(_ area: DraftArea, number: Int, input: DraftInput, words: Words) -> [Block] {
        let id = "area-\(number)"
        let style = input.template.area(area.name)
        var blocks: [Block] = [.heading(Heading(id: id, level: 2, text: style?.heading ?? area.name))]
        var b = RunBuilder()
        leadSentence(area, focus: style?.focus, input: input, words: words, into: &b)
        figuresSentence(area.figures, period: input.period, rule: input.template.comparison, words: words, salt: area.name, into: &b)
        blocks.append(b.paragraph("\(id)-figures"))
        let limit = min(maxNotablesPerArea, max(input.template.highlightsPerArea, 0))
        for (k, entry) in pickNotables(area.notables, limit: limit).enumerated() {
            guard let body = highlightParagraph(entry, words: words) else { continue }
            blocks.append(.heading(Heading(id: "\(id)-item-\(k + 1)", level: 3, text: entry.deed ?? Self.quoted(entry.title))))
            blocks.append(body.paragraph("\(id)-item-\(k + 1)-body"))
        }
        return blocks
    }

    /// "上半年，围绕丰富群众精神文化生活，组织开展了“…”、“…”等活动，覆盖辖区12个活动点位。"
    func leadSentence(_ area: DraftArea, focus: String?, input: DraftInput, words: Words, into b: inout RunBuilder) {
        let work = area.work
        let shown = work.activities.prefix(3)
        guard !shown.isEmpty else { return }
        // In a roll-up the units below are the subject, unless only the unit itself did this work.
        let reached = (work.coverage?.units ?? 0) > 0
        let who = reached ? input.rollUp.map { "各" + $0.childWord } ?? "" : ""
        let frame = focus.map { f in ["围绕\(f)，", "聚焦\(f)，", "着眼\(f)，"][words.pick(3, area.name + "-frame")] } ?? ""
        let verb = ["组织开展了", "扎实开展了", "先后开展了"][words.pick(3, area.name + "-verb")]
        b.text(input.period.prefix + "，" + who + frame + verb)
        b.text(Self.enumeration(shown.map(\.name)))
        if work.activities.count > 1 {
            b.text("等\(work.noun)")
        } else if let only = shown.first, !Self.namesItsKind(only.name, noun: work.noun) {
            b.text(work.noun)
        }
        if let c = work.coverage, c.of > 1, c.units > 0 {
            b.text("，")
            b.count(c.of, "个", trace: input.rollUp?.refs ?? c.refs)
            if c.units == c.of {
                b.text("\(input.rollUp?.childWord ?? "单位")均有开展")
            } else {
                b.text("\(input.rollUp?.childWord ?? "单位")中有")
                b.count(c.units, "个", trace: c.refs)
                b.text("开展了相关\(work.noun)")
            }
        } else if work.placeCount > 1 {
            b.text("，覆盖辖区")
            b.count(work.placeCount, "个", trace: work.placeRefs)
            b.text("活动点位")
        }
        b.text("。")
    }

    /// "文物安全巡查" needs no "检查" after it, "基层文艺骨干培训班" no "培训".
    static func namesItsKind(_ name: String, noun: String) -> Bool {
        let endings = ["活动", "工作", "检查", "巡查", "整治", "行动", "培训", "班", "会", "赛", "展", "节", "演出", "晚会", "宣传"]
        return name.hasSuffix(noun) || endings.contains { name.hasSuffix($0) } || noun.contains(name.last.map(String.init) ?? "")
    }

    /// Entries of the greatest weight in the area (their share of its figures), evidence
    /// breaking ties; in date order for reading. Never chosen by a growth rate.
    func pickNotables(_ candidates: [NotableEntry], limit: Int) -> [NotableEntry] {
        let ranked = candidates.enumerated().sorted { a, b in
            if a.element.weight != b.element.weight { return a.element.weight > b.element.weight }
            if a.element.hasEvidence != b.element.hasEvidence { return a.element.hasEvidence }
            let (sa, sb) = (a.element.figures.map(\.value).max() ?? 0, b.element.figures.map(\.value).max() ?? 0)
            return sa != sb ? sa > sb : a.offset < b.offset
        }
        return ranked.prefix(limit).map(\.element)
            .sorted { ($0.date ?? DocDate(year: 0, month: 0, day: 0)) < ($1.date ?? DocDate(year: 0, month: 0, day: 0)) }
    }

    /// "2月8日，在人民广场举行，开展文艺演出3场，受众达2000余人次。相关佐证资料已归档。"
    func highlightParagraph(_ e: NotableEntry, words: Words) -> RunBuilder? {
        var b = RunBuilder()
        let figures = e.figures.filter { $0.value > 0 }
        let when = e.date?.monthDay
        switch (when, e.place, e.isEvent) {
        case let (w?, p?, true): b.text([("\(w)，在\(p)举行"), ("活动于\(w)在\(p)举行"), ("\(w)，活动在\(p)举行")][words.pick(3, e.title)])
        case let (w?, nil, true): b.text("活动于\(w)举行")
        case let (nil, p?, true): b.text("活动在\(p)举行")
        case let (w?, p?, false): b.text("\(w)，在\(p)")
        case let (w?, nil, false): b.text(w)
        default: break
        }
        guard !b.isEmpty || !figures.isEmpty else { return nil }
        for (i, k) in figures.enumerated() {
            if i > 0 || (!b.isEmpty && e.isEvent) { b.text("，") } else if !b.isEmpty && e.place == nil { b.text("，") }
            b.text(k.phrase ?? k.label)
            b.quantity(k.value, k.measureWord, k.qualifier, trace: [e.ref])
        }
        b.text("。")
        if e.hasEvidence { b.text("相关佐证资料已归档。") }
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
