/// A total announced at the end of a line, broken down in the numbered lines after it:
///
///     计划财政资金1183万元,自筹现金10万元,计划到位情况为:
///     (1)中央财政资金计划投入850万元,资金实际到位850万元,…
///     (2)省级财政资金计划投入333万元,…
///
/// A line without the colon announces only a figure after a total word (共投入资金500万元。).
/// The first figure of each line after it (same measure; numbered or not) is a part; when the first parts
/// add up to a figure of the announcing line, that agreement is reported on it. Only
/// agreement: the items may break down only some of the figures the line names.
struct ItemTotals {
    private(set) var candidates: [QuantityHit] = []
    private var line = 0
    private var text: LineText? = nil
    /// The announcing line's figures (`TotalParts.incrementsAcrossLines`: the whole's change is among them).
    private var textHits: [QuantityHit] = []
    private(set) var parts: [QuantityHit] = []
    /// The words before each part on its line (`exceeded`: labels that name a partition).
    private var labels: [[UInt32]] = []
    private var sum = 0.0
    /// The first figure of each line of the current run of consecutive lines with figures
    /// (`trailing`: a total after them).
    private var run: [QuantityHit] = []
    private var runLine = 0
    /// The figures of the line before (发放低保金86万元,发放特困供养金24万元。⏎以上合计110万元。).
    private var lastFigures: [QuantityHit] = []
    private var lastFiguresLine = 0

    /// Announced by no colon and no total word (上半年投入资金500万元。 then numbered lines):
    /// the parts must be numbered lines of another style than the announcing line's.
    private var loose: HeadingStyle?? = nil

    mutating func observe(_ line: LineText, hits: [QuantityHit], heading: Heading? = nil, into checks: inout [ArithmeticCheck]) {
        // Emptied and refilled in place (a new array per line was an allocation per line).
        // (Emptied only when not empty: `removeAll` is a call even then, three per line.)
        if runLine != line.number - 1, !run.isEmpty { run.removeAll(keepingCapacity: true) }
        if lastFiguresLine != line.number - 1, !lastFigures.isEmpty { lastFigures.removeAll(keepingCapacity: true) }
        if let check = Self.trailing(line, hits: hits, run: run) ?? Self.trailing(line, hits: hits, lineBefore: lastFigures) { checks.append(check) }
        if !lastFigures.isEmpty { lastFigures.removeAll(keepingCapacity: true) }
        for hit in hits where !hit.isPercent && hit.change == nil { lastFigures.append(hit) }
        lastFiguresLine = line.number
        if let first = hits.first, !first.isPercent, first.change == nil, !first.isApproximate {
            run.append(first)
            if run.count > 12 { run.removeFirst() }
            runLine = line.number
        } else if !run.isEmpty { run.removeAll(keepingCapacity: true) }
        if text != nil, parts.isEmpty, loose != nil, opensWithQiZhong(line) {
            // 投入资金500万元。⏎其中财政资金300万元⏎自筹资金200万元: 其中 opens the breakdown,
            // which then needs no numbers.
            loose = nil
        }
        if let announcing = text {
            // Items after a colon need no number (其中:\n男党员25名;\n女党员35名。).
            if hits.isEmpty, heading != nil, parts.isEmpty, loose == nil {
                // 共确定重点工作60项。⏎一、总体工作情况⏎…: a heading between the total and its breakdown.
            } else if let style = loose, heading == nil || heading?.style == style {
                reset()
            } else if loose == nil, parts.isEmpty, let (check, total, used) = sameLine(announcing, line, hits) ?? sentenceFirsts(announcing, line, hits) {
                // 共投入资金500万元。⏎道路建设300万元,环境整治200万元。: the whole breakdown
                // in the one line after the total.
                checks.append(check)
                // A partition proven by the sum: its parts' changes add up to the whole's.
                if let change = TotalParts.incrementsAcrossLines(total: total, in: announcing, textHits, parts: used, in: line, hits) { checks.append(change) }
                reset()
            } else if let part = hits.first(where: { Self.sameKind($0.measure, candidates[0].measure) && !$0.isPercent && $0.change == nil }),
               !part.isApproximate, parts.count < 12 {
                parts.append(part)
                labels.append(Self.itemLabel(line, hits, part))
                sum += part.normalized
                if parts.count >= 2, let total = candidates.first(where: { abs($0.normalized - sum) <= Sentences.tolerance(total: $0, parts: parts) * $0.number.magnitude }) {
                    let statement = "total \(Sentences.format(total.value))\(total.unit) = "
                        + parts.map { Sentences.format($0.normalized / total.number.magnitude) }.joined(separator: " + ")
                        + " (the lines after it)"
                    checks.append(ArithmeticCheck(kind: "sum", text: announcing.string(total.start..<total.end), line: self.line,
                                                  column: announcing.column(of: total.start), statement: statement, consistent: true))
                    reset()
                } else if candidates.allSatisfy({ sum > $0.normalized * 1.0001 }) {
                    if let check = exceeded(announcing, labels) { checks.append(check) }
                    reset()
                }
            } else {
                reset()
            }
        }
        // The figures (no rate, change or approximation) are read in place among the hits: a
        // filtered array per line was an allocation per line, and the last announced figure is
        // looked for from the end (its clause's total words read for fewer figures).
        let isFigure = { (hit: QuantityHit) in !hit.isPercent && hit.change == nil && !hit.isApproximate && hit.normalized > 0 }
        if endsWithColon(line) {
            // The colon announces a breakdown of the figure right before it (…办结2个。共收到来信
            // 434件,其中:): the candidates are the figures of its measure, not of the line's first.
            guard let last = hits.last(where: isFigure) else { return }
            candidates = hits.filter { isFigure($0) && QuantityHit.sameMeasure($0, last) }
            loose = nil
        } else if let first = hits.last(where: { isFigure($0) && ItemTotals.announced(line, $0) }) {
            // 共投入资金500万元。⏎1.道路建设300万元。⏎2.…: without a colon, only a figure that a
            // total word announces (共, 合计, 累计 …) is summed by the lines after it.
            candidates = [first]
            loose = nil
        } else if text == nil, let last = hits.last(where: isFigure), endsAfter(line, last) {
            // 上半年投入资金500万元。: a line that ends with its figure may announce the
            // numbered lines after it (agreement only, as every total here).
            candidates = hits.filter { isFigure($0) && QuantityHit.sameMeasure($0, last) }
            loose = .some(heading?.style)
        } else { return }
        self.line = line.number
        text = line
        textHits = hits
    }

    /// A total word (共, 合计, 累计 …) in the figure's clause before it.
    static func announced(_ line: LineText, _ figure: QuantityHit) -> Bool {
        let clause = Sentences.clauseStart(line, before: figure.start)..<figure.start
        return Sentences.contains(line, Arithmetic.totalWords, in: clause) || Sentences.contains(line, Arithmetic.runningTotalWords, in: clause)
    }

    /// The figures of the measure in the line right after the announcing one, when two or
    /// more of them (none a change or a rate) add up to a candidate.
    private func sameLine(_ announcing: LineText, _ line: LineText, _ hits: [QuantityHit]) -> Adding? {
        guard !opensWithQiZhong(line), announcingEnds(announcing) else { return nil }
        let figures = hits.filter { Self.sameKind($0.measure, candidates[0].measure) && !$0.isPercent && $0.change == nil }
        return adding(figures, announcing, "the line after it")
    }

    /// 共确定重点工作60项。⏎…10项民生实事项目中,…。12项专班推进项目中,…。3项调研工作…:
    /// the first figure of each sentence of the line after, when it opens its sentence's
    /// figures, is a part (the figures after it break that part down).
    private func sentenceFirsts(_ announcing: LineText, _ line: LineText, _ hits: [QuantityHit]) -> Adding? {
        guard !opensWithQiZhong(line), announcingEnds(announcing) else { return nil }
        var firsts = [QuantityHit]()
        for sentence in Sentences.ranges(line) {
            guard let first = hits.first(where: { sentence.contains($0.start) && !$0.isPercent }),
                  Self.sameKind(first.measure, candidates[0].measure), first.change == nil else { continue }
            firsts.append(first)
        }
        guard firsts.count >= 3 else { return nil }
        return adding(firsts, announcing, "the sentences after it")
    }

    /// A check of agreement, with the total and the parts it read.
    typealias Adding = (check: ArithmeticCheck, total: QuantityHit, parts: [QuantityHit])

    /// The first two or more of `figures` adding up to a candidate.
    private func adding(_ figures: [QuantityHit], _ announcing: LineText, _ place: String) -> Adding? {
        guard figures.count >= 2, !figures.contains(where: \.isApproximate) else { return nil }
        var sum = 0.0
        for (offset, part) in figures.enumerated() {
            sum += part.normalized
            let used = Array(figures[...offset])
            guard offset >= 1, let total = candidates.first(where: {
                abs($0.normalized - sum) <= Sentences.tolerance(total: $0, parts: used) * $0.number.magnitude }) else { continue }
            let statement = "total \(Sentences.format(total.value))\(total.unit) = "
                + used.map { Sentences.format($0.normalized / total.number.magnitude) }.joined(separator: " + ") + " (\(place))"
            return (ArithmeticCheck(kind: "sum", text: announcing.string(total.start..<total.end), line: self.line,
                                    column: announcing.column(of: total.start), statement: statement, consistent: true), total, used)
        }
        return nil
    }

    /// The announcing line ends a sentence (or with its total): a line cut mid-sentence (a
    /// PDF wrap: …其中男党⏎员25名,…) is `WrappedLines`'.
    private func announcingEnds(_ announcing: LineText) -> Bool {
        var last = announcing.count
        while last > 0, announcing.cls(last - 1).contains(.space) { last -= 1 }
        return last > 0 && (announcing.cls(last - 1).contains(.sentenceEnd) || announcing[last - 1] == U.colon
            || candidates.contains(where: { endsAfter(announcing, $0) }))
    }

    /// A line opening with 其中 (read with the line before by `WrappedLines` when it holds the
    /// whole breakdown).
    private func opensWithQiZhong(_ line: LineText) -> Bool {
        var first = line.contentStart
        while first < line.count, !line.cls(first).contains(.ideograph) { first += 1 }
        return line.matches([U.s("其"), U.s("中")], at: first)
    }

    /// 党员200名 and 80人, 120人 count the same people (名, 人 and 位 are classifiers of persons).
    static func sameKind(_ a: String, _ b: String) -> Bool {
        a == b || persons.contains(a) && persons.contains(b)
    }
    static let persons: Set<String> = ["名", "人", "位"]

    private mutating func reset() {
        candidates = []; text = nil; textHits = []; parts = []; labels = []; sum = 0; loose = nil
    }

    /// Nothing but punctuation and spaces after the figure.
    private func endsAfter(_ line: LineText, _ figure: QuantityHit) -> Bool {
        (figure.end..<line.count).allSatisfy { !line.cls($0).contains(.ideograph) && !line.cls($0).contains(.digit) && !line.cls($0).contains(.latin) }
    }

    private func endsWithColon(_ line: LineText) -> Bool {
        var end = line.count
        while end > 0, line.cls(end - 1).contains(.space) { end -= 1 }
        return end > 0 && line[end - 1] == U.colon
    }
}
