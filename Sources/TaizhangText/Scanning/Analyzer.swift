/// Runs every rule over the lines of one input, in order, keeping the little state
/// that crosses lines (outline, link lists, duplicates, announced counts).
///
/// Lines arrive one at a time and every result goes to a sink as soon as it is known
/// (`CollectingSink` for a report in memory, `SpoolSink` for the streaming command
/// line), so memory does not grow with the input. Items reach the sink in line order
/// except those that a later line decides (a repeated page title, an announced count,
/// a mixed year, a wrapped paragraph's repeat); `document` is 0 until `finish` returns the document spans.
final class Analyzer {
    let path: String
    let encoding: String
    let corpus: Corpus?
    let sink: AnalysisSink
    // The state below is only touched by `consume` and `finish` on one thread, never
    // through overlapping accesses: the dynamic exclusivity checks of a class's stored
    // properties (two calls per access, a few per cent of the analyzer's time) are off.
    @exclusivity(unchecked) private var scratchChecks: [ArithmeticCheck] = []
    @exclusivity(unchecked) private var boilerplateOnLine = false
    @exclusivity(unchecked) private var boilerplate = BoilerplateRule()
    @exclusivity(unchecked) private var tracker = OutlineTracker()
    @exclusivity(unchecked) var duplicates = DuplicateIndex()
    @exclusivity(unchecked) private var sentences = SentenceRepeats()
    @exclusivity(unchecked) private var edited = EditedRepeats()
    /// Lines already reported as a repeat: a wrapped block's repeat, found when the block ends,
    /// is not reported again on a line another rule took (`Analyzer+Repeats`).
    @exclusivity(unchecked) var repeatLines = Set<Int>()
    /// Top-level headings seen so far (the outline's section a paragraph stands in).
    @exclusivity(unchecked) private var topSections = 0
    @exclusivity(unchecked) private var years = YearRule()
    /// A document site's deleted dates (`DeletedDates`, missing21).
    @exclusivity(unchecked) private var dates = DeletedDates()
    @exclusivity(unchecked) var titles = TitleRepeats()
    @exclusivity(unchecked) var tags = TagRuns()
    @exclusivity(unchecked) var links = LinkRuns()
    @exclusivity(unchecked) var titleLists = TitleLists()
    @exclusivity(unchecked) var splitTitles = SplitTitles()
    @exclusivity(unchecked) var head = HeadChrome()
    @exclusivity(unchecked) private var counts = CountAnnouncements()
    @exclusivity(unchecked) private var itemTotals = ItemTotals()
    @exclusivity(unchecked) private var notes = ChromeNotes()
    @exclusivity(unchecked) private var tails = RepeatedTails()
    @exclusivity(unchecked) private var contents = ContentsRun()
    @exclusivity(unchecked) var closing = ClosingByline()
    @exclusivity(unchecked) var sandwich = ChromeSandwich()
    @exclusivity(unchecked) var masthead = TopMasthead()
    /// Printed page numbers alone on their lines (chrome20).
    @exclusivity(unchecked) var pages = PageNumbers()
    /// Lines `HeadChrome` reported lately (a sandwiched line is reported once).
    @exclusivity(unchecked) var headLines: [Int] = []
    @exclusivity(unchecked) private var explicitStarts: [(line: Int, title: String)] = []
    @exclusivity(unchecked) private var restartStarts: [Int] = []
    @exclusivity(unchecked) private var previousContent: (line: Int, introLike: Bool, leadIn: Bool)? = nil
    /// The last line with content, whatever the rules made of them, and — kept only when that
    /// line is short enough to be a lone blank — the content line before it
    /// (`PlaceholderRule.loneBlankHit`). One copy a line instead of a pair shifted every line.
    private var lastContent: LineText? = nil
    private var beforeShort: LineText? = nil
    /// `lastContent`'s length (`Int.max` for none), read without reading the stored line.
    @exclusivity(unchecked) private var lastContentCount = Int.max
    /// The previous line the rules read (the last content line not wholly site chrome) is
    /// `lastContent` when this is set, else `olderPrevious`: the line is stored once, not twice
    /// (each store or read of a stored optional line copied it through the generic value witness,
    /// docs/benchmarks.md, cli16); `consume` moves it into a local, and back if it stays previous.
    @exclusivity(unchecked) private var previousIsLast = false
    private var olderPrevious: LineText? = nil
    /// Content lines in a row, up to this one, that hold a figure alone (a table's cells).
    @exclusivity(unchecked) private var cellRun = 0
    /// The previous content line was (or held) a heading.
    @exclusivity(unchecked) private var previousHeld = false
    /// Titles reported as the page's (a title is reported once).
    @exclusivity(unchecked) var reportedTitles: [Int] = []
    /// Where this line's headings of each level start (glued headings: `GluedHeadings`).
    @exclusivity(unchecked) private var headingStarts: [Int] = []
    @exclusivity(unchecked) private var lastLine = 0
    /// The last figures of the document (not rates, not changes): a share may take its
    /// whole from an earlier paragraph (税收占财政总收入的比重为53.79%).
    @exclusivity(unchecked) private var recentFigures: [QuantityHit] = []

    private func remember(_ hits: [QuantityHit]) {
        for hit in hits where !hit.isPercent && hit.change == nil && !hit.isApproximate && hit.normalized > 0 { recentFigures.append(hit) }
        if recentFigures.count > 48 { recentFigures.removeFirst(recentFigures.count - 32) }
    }

    init(path: String, encoding: String, corpus: Corpus?, sink: AnalysisSink) {
        self.path = path
        self.encoding = encoding
        self.corpus = corpus
        self.sink = sink
    }

    /// Hands the checks a rule collected to the sink.
    private func flushChecks() {
        for check in scratchChecks { sink.check(check) }
        scratchChecks.removeAll(keepingCapacity: true)
    }

    /// `facts`: the line's `LineFacts` when a `LinePipeline` worker computed them ahead (nil:
    /// computed here).
    func consume(_ line: LineText, facts known: LineFacts? = nil) {
        lastLine = line.number
        let start = line.contentStart
        guard start < line.count else { return }
        boilerplateOnLine = false
        defer { repeatedTitles(line, chrome: boilerplateOnLine); flushChecks() }
        // The last content line, moved out (not copied) before this line takes its place.
        var retired: LineText? = nil
        swap(&retired, &lastContent)
        // A blank alone on the line before, inside a sentence broken by PDF extraction (read
        // with the content lines around it, whatever rule took either of them).
        if lastContentCount <= 12, let blank = retired,
           let hit = PlaceholderRule.loneBlankHit(before: beforeShort, blank: blank, after: line) {
            record(hit, blank)
        }
        if line.count <= 12 { beforeShort = retired }
        lastContent = line
        lastContentCount = line.count
        // The previous line, moved into a local: the retired content line when it was the
        // previous one, else the one held apart.
        var heldPrevious: LineText? = nil
        if previousIsLast { swap(&heldPrevious, &retired) } else { swap(&heldPrevious, &olderPrevious) }
        previousIsLast = false
        if DocumentMarker.isMarker(line) {
            previousHeld = false
            explicitStarts.append((line.number, line.string(start..<line.count)))
            tracker.reset()
            edited.reset()
            recentFigures.removeAll(keepingCapacity: true)
            boilerplate.startDocument()   // a site's page chunks, link lists and footer do not run into the next document
            contents.startDocument()
            sandwich.startDocument()
            masthead.startDocument()
            pages = PageNumbers()
            if let credit = closing.finish() { sink.finding(credit) }
            counts.finishDocument(into: &scratchChecks)
            years.startDocument(line: line.number)
            dates.startDocument()
            years.observe(line)
            previousContent = nil
            previousIsLast = true
            return
        }
        // A page chunk number (1、 cut from the site's paging) is no heading: the outline
        // reads the line from after it, where the page's title may run on to 一、.
        var chunkEnd: Int?, noteEnd: Int?, chrome: Range<Int>?
        if let hit = boilerplate.scan(line) {
            record(hit, line)
            chrome = hit.start..<hit.end
            if hit.start == start, BoilerplateRule.chunkMarkerEnd(line, start) == hit.end { chunkEnd = hit.end }
            // A members-only note glued before a heading (会员免费查看四、…): the heading is read after it.
            if hit.start == start, hit.end < line.count, hit.en == BoilerplateRule.accessMessage.1 { noteEnd = hit.end }
            if hit.start == 0 && hit.end == line.count {
                // A numbered line of site chrome (温馨提示: 1. … 2. …) still moves its list on,
                // so the next item is not reported as a skip; it joins no outline.
                let heading = HeadingParser.parse(line)
                if let heading { _ = tracker.accept(heading, chrome: true) }
                if let note = notes.chrome(heading) {
                    sink.finding(Finding(kind: .boilerplate, severity: .warning, line: note.line, column: 1, text: note.text,
                                         message: "网页残留:网站须知中的一条", messageEn: "Web residue: a note of the site's notice"))
                }
                // A long line of chrome (a site's summary of the page) is remembered, so that the
                // document repeating it is reported as a repeat; chrome itself is never a repeat.
                if line.count - start >= DuplicateIndex.previewLength { duplicates.rememberChrome(line) }
                // The previous line stays the previous one.
                swap(&olderPrevious, &heldPrevious)
                return
            }
        }
        // The attachments' own numbered list is no part of the outline.
        if OutlineTracker.opensAttachments(line) { tracker.reset() }
        // The line before, read once: each read of the stored optional copied the whole line
        // (six buffers retained and released through its value witness, ≈ 8 copies a line), and
        // so did each binding of it (`if let`) and each closure that captured it — those read
        // its number instead, and `previous!` where a line is needed.
        let previous = consume heldPrevious
        let previousNumber = previous?.number
        // The line-local rules (see LineFacts), computed ahead on a worker when streaming.
        let facts = known ?? LineFacts(line)
        for finding in facts.findings { record(finding) }
        for hit in dates.scan(line, chrome: chrome, told: facts.findings) { record(hit, line) }
        let hits = facts.quantities
        // A figure that ended the line before, its measure opening this one (PDF wrap): written
        // before this line's own, so both sinks keep line order (the spools order by line; the
        // in-memory report appends — PipelineTests compares the two).
        if previousNumber != nil, let carried = WrappedQuantities.carriedFigure(previous: previous!, line: line) { sink.quantity(carried) }
        // Each quantity written from its hit (the streaming sink builds no `Quantity`), after the
        // finding of its doubled qualifier if any.
        var nextDoubled = 0
        for index in hits.indices {
            while nextDoubled < facts.doubled.count, facts.doubled[nextDoubled].index == index {
                record(facts.doubled[nextDoubled].finding)
                nextDoubled += 1
            }
            // A figure opening the line may carry the qualifier that ended the line before (PDF wrap).
            sink.quantity(index == 0 ? WrappedQuantities.carriedQualifier(previous: previous, line: line, hit: hits[0]) : hits[index], on: line)
        }
        let markers = facts.markers
        var heading = chunkEnd == nil ? facts.heading : nil
        // A marker behind a forum's anti-copy jammer (`ForumJammer`): the outline reads it there.
        var jammerEnd: Int? = nil
        if heading == nil, chunkEnd == nil, let at = noteEnd ?? ForumJammer.markerStart(line) ?? GluedHeadings.markdownMarkerStart(line) { (heading, jammerEnd) = (HeadingParser.parse(line, at: at), at) }
        // Not a heading: the rest of a sentence wrapped inside a list of numbers (第 ⏎ 三、四季度),
        // or a site's preview cut with an ellipsis (一、强化领导。今年以来……): the text's own
        // 一、 follows it, and the preview is a repeat, not a marker of the outline.
        // Nor a table's row label after its cells, one per line (`OutlineTracker.isCell`).
        if let h = heading, OutlineTracker.opensNumberList(h, line, previous: previous) || DuplicateIndex.cutPreview(line)
            || cellRun >= OutlineTracker.cellsBeforeRowLabel {
            heading = nil
        }
        cellRun = heading == nil && OutlineTracker.isCell(line) ? cellRun + 1 : 0
        for entry in contents.observe(line, heading: heading) {
            titleChrome(entry, message: ContentsRun.message)
        }
        // The heading's plain fields, read once: each `heading?.style`, `heading == nil` copied the
        // optional heading and destroyed it through the generic witness (≈ 1 % of the check).
        var headingStyle: HeadingStyle? = nil, headingMarkerEnd: Int? = nil
        if let h = heading { (headingStyle, headingMarkerEnd) = (h.style, h.markerEnd) }
        notes.content(line, heading: heading)
        headingStarts.removeAll(keepingCapacity: true)
        let section = topSections
        // The line's own heading's level: a glued heading below it opens no new section of its list.
        var lineLevel = Int.max
        if let heading { lineLevel = handle(heading, line, at: jammerEnd, previous: previous) }
        let glued = GluedHeadings.scan(line, after: headingMarkerEnd ?? chunkEnd ?? start,
                                       inPart: headingStyle == .part || chunkEnd != nil, parent: headingStyle)
        var listStyles: [HeadingStyle] = []
        // Headings glued where the paragraph before lost its stop (`StoplessHeadings`): taken in
        // line order with the glued ones, each only if it continues a list the outline holds.
        var stopless = tracker.holdsChineseList ? StoplessHeadings.scan(line, from: headingMarkerEnd ?? start)[...] : []
        var sections: [(start: Int, heading: Heading)] = [], held = !glued.isEmpty
        func takeStopless(before limit: Int) {
            while let candidate = stopless.first, candidate.start < limit {
                stopless.removeFirst()
                guard !glued.contains(where: { $0.start == candidate.start }), tracker.continues(candidate) else { continue }
                if handle(candidate.heading, line, at: candidate.start, previous: previous) <= lineLevel { sections.append((candidate.start, candidate.heading)) }
                held = true
            }
        }
        for item in glued {
            takeStopless(before: item.start)
            // …有三点:一、…;二、…: a list inside the paragraph restarts a style already open in
            // the outline; it is not the outline (nor a new document).
            if item.heading.number == 1 && tracker.isOpen(item.heading.style) { listStyles.append(item.heading.style) }
            if listStyles.contains(item.heading.style) { sections.append(item); continue }
            if handle(item.heading, line, at: item.start, previous: previous) <= lineLevel { sections.append(item) }
        }
        takeStopless(before: line.count)
        if sections.count > 1 { sections.sort { $0.start < $1.start } }
        checkInline(markers, line, skipFirst: headingStyle == .shi || headingStyle == .di || headingStyle == .qi, sections: sections)
        let numbered = facts.numbered
        if numbered.count >= 2 { checkInline(numbered, line, skipFirst: false, sections: sections) }
        if let heading, let family = OutlineTracker.inlineFamily(heading.style),
           let last = numbered.last(where: { $0.family == family && $0.start >= heading.markerEnd }), last.number > heading.number {
            // (3)…;(4)… in one paragraph: the next paragraph's (5) continues from (4).
            tracker.advance(heading.style, to: last.number)
        }
        // Named lists read the previous line: the worker's guess is used when it was right.
        let namedLists = facts.namedLists.flatMap { $0.previous == previousNumber ? $0.checks : nil }
        counts.observe(line: line, heading: heading, markers: markers, hits: hits, previous: previous,
                       namedLists: namedLists, into: &scratchChecks)
        itemTotals.observe(line, hits: hits, heading: heading, into: &scratchChecks)
        for check in Arithmetic.finish(facts.arithmetic, line, hits: hits, previous: previous, memory: recentFigures) {
            sink.check(check)
        }
        if headingStyle == nil, let number = previousNumber, number == line.number - 1 || WrappedLines.opensBreakdown(line) {
            let wrapped = facts.wrapped.flatMap { $0.previous == number ? $0.checks : nil }
            for check in wrapped ?? WrappedLines.checks(previous: previous!, line: line) { sink.check(check) }
        }
        remember(hits)
        for tail in tails.observe(line) {
            sink.finding(Finding(kind: .boilerplate, severity: .warning, line: tail.line, column: tail.column, text: tail.text,
                                 message: "正文中混入网页残留文字(多段末尾相同的网站水印),应删除",
                                 messageEn: "Web residue: the same site watermark glued to the end of several paragraphs"))
        }
        var repeated = false
        if let hit = duplicates.observe(line, corpus: corpus) {
            record(hit, line)
            sentences.reported(line: line.number)
            repeated = true
        }
        for again in sentences.observe(line, heading: headingStyle != nil) {
            // A note in brackets (an affiliation under a title laid out twice) is no paragraph.
            if again.line == line.number, DuplicateIndex.bracketed(line) { continue }
            repeated = repeated || again.line == line.number
            repeatLines.insert(again.line)
            let sameLine = again.earlier == again.line
            sink.finding(Finding(kind: .duplicate, severity: .warning, line: again.line, column: again.column, text: again.excerpt,
                                 message: sameLine ? "段落重复:与本行前文的句子相同(重复粘贴)" : "段落重复:与第\(again.earlier)行的内容相同(重复粘贴)",
                                 messageEn: sameLine ? "Repeated text: the same sentences as earlier in this line (pasted twice)"
                                     : "Repeated text: the same sentences as on line \(again.earlier) (pasted twice)"))
        }
        if !repeated, let at = ExpandedRepeats.inLine(line) {
            repeated = true
            repeatLines.insert(line.number)
            sink.finding(Finding(kind: .duplicate, severity: .warning, line: line.number, column: line.column(of: at),
                                 text: line.string(at..<min(line.count, at + 40)),
                                 message: "段落重复:本行前文的句子在此重复并扩写",
                                 messageEn: "Repeated text: a sentence earlier in this line written again with more inside"))
        }
        if let earlier = edited.observe(line, from: headingMarkerEnd ?? start, section: section, reported: repeated) {
            record(Hit(kind: .duplicate, severity: .warning, start: start, end: line.count, message: "", en: "", excerpt: true,
                       numbered: NumberedMessage(form: .edited, number: earlier)), line)
        }
        settleBlock(duplicates.observeBlock(line, from: headingMarkerEnd ?? start, heading: headingStyle != nil))
        years.observe(line)
        previousContent = (line.number, Analyzer.looksLikeIntro(line), previousHeld && Analyzer.isLeadIn(line))
        previousHeld = headingStyle != nil || held
        previousIsLast = true
    }

    /// Returns the heading's level in the outline.
    @discardableResult
    private func handle(_ heading: Heading, _ line: LineText, at markerStart: Int? = nil, previous: LineText?) -> Int {
        let context = OutlineTracker.Context(afterHeading: previousHeld, afterIntro: previousContent?.introLike ?? true,
                                             holdsFirstChild: OutlineTracker.holdsFirstChild(line, after: heading.markerEnd),
                                             afterLeadIn: previousContent?.leadIn ?? false)
        let outcome = tracker.accept(heading, context: context)
        if outcome.level == 1 { topSections += 1 }
        if outcome.topLevelRestart {
            let startLine = previousContent.map { $0.introLike ? $0.line : line.number } ?? line.number
            restartStarts.append(startLine)
            edited.reset()
            counts.finishDocument(into: &scratchChecks)
            years.startDocument(line: startLine)
        }
        sink.outline(level: outcome.level, heading: heading, line: line.number)
        headingStarts.removeSubrange(min(headingStarts.count, outcome.level - 1)...)
        while headingStarts.count < outcome.level - 1 { headingStarts.append(line.contentStart) }
        headingStarts.append(markerStart ?? line.contentStart)
        if let expected = outcome.expected, !(previous.map { OutlineTracker.heldBefore($0, heading, expected: expected) } ?? false) {
            let want = OutlineTracker.expectedMarker(heading, number: expected)
            let start = markerStart ?? line.contentStart
            // A glued heading whose missing marker stands earlier in its line, glued where no
            // sentence ends (一、主要工作(一)多方联动…。(二)…; 1.8亿元。2.…), is no skip.
            // Searched from the parent's marker on, when the parent stands in the same line.
            let parentStart = outcome.level >= 2 && outcome.level - 2 < headingStarts.count ? headingStarts[outcome.level - 2] : line.contentStart
            if markerStart != nil, line.contains([UInt32](literal: want), in: min(parentStart, start)..<start)
                || OutlineTracker.holdsDashedFirst(line, heading, number: expected, in: min(parentStart, start)..<start) { return outcome.level }
            record(Hit(kind: .numbering, severity: .warning, start: start, end: start + heading.marker.unicodeScalars.count,
                       message: "标题编号不连续:此处应为“\(want)”,实际为“\(heading.marker)”",
                       en: "Heading numbers skip: expected “\(want)” here, found “\(heading.marker)”"), line)
        }
        return outcome.level
    }

    /// Through the sink's own path for hits (the streaming sink writes the text straight
    /// from the line, without the `Finding` and its Strings).
    func record(_ hit: Hit, _ line: LineText) {
        if hit.kind == .boilerplate { boilerplateOnLine = true }
        if hit.kind == .duplicate { repeatLines.insert(line.number) }
        sink.finding(hit, on: line)
    }


    private func record(_ finding: Finding) {
        if finding.kind == .boilerplate { boilerplateOnLine = true }
        sink.finding(finding)
    }

    /// Ends the input: flushes what is pending and returns the document spans, which
    /// give every item its `document` (see `DocumentSpan.index(of:in:)`).
    func finish() -> [DocumentSpan] {
        settleBlock(duplicates.closeBlock())
        counts.finishDocument(into: &scratchChecks, atEnd: true)
        flushChecks()
        for title in titles.finish() {
            titleChrome(title, message: ("网页残留:页面标题(带网站标签)", "Web residue: the page title (with the site's label)"))
        }
        for above in head.finish() { headChrome(above) }
        if let credit = closing.finish() { sink.finding(credit) }
        for hit in years.finish() { sink.finding(hit) }
        return documentSpans()
    }

    /// Explicit markers (篇1, 模板2 …) win; without them, top-level restarts (一、 after
    /// 一、二、…) separate the summaries. Text before the first marker joins document 1.
    private func documentSpans() -> [DocumentSpan] {
        var starts: [(line: Int, title: String)]
        if !explicitStarts.isEmpty {
            starts = explicitStarts
            starts[0].line = 1
        } else {
            starts = [(1, "")] + restartStarts.map { ($0, "") }
        }
        var spans = [DocumentSpan]()
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].line - 1 : max(lastLine, start.line)
            spans.append(DocumentSpan(index: index + 1, title: start.title, startLine: start.line, endLine: end))
        }
        return spans
    }
}
