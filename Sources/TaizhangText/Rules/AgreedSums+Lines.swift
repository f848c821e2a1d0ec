/// Agreement across lines (twenty-fourth pass, xagree): a whole stated in an earlier paragraph
/// (a lead, a section's first line) and a later paragraph that lists its parts, with no word
/// tying them — the shape of bulletins whose sections break a count down by type, source or
/// stage:
///
///     共受理群众来电(留言)9230件 … ⏎ (一)从受理性质来看。受理的办件中,投诉类4733件,…;其他969件。
///
/// The parts are a structural unit, never a sub-run: ALL the figures of one measure in one
/// sentence, or in the whole line (a list whose items are sentences), two or more, with
/// figures of comparison or change, a part's own detail in brackets and figures of other
/// measures stepped over. The whole is one of the remembered figures of earlier lines
/// (`memory`) or of an earlier sentence of the same line, larger than every part, and
/// significant against the rounding
/// (`AgreedSums.significant`). `TotalParts.earlierLines` reads the same distance when the parts
/// name the whole's noun; this reader asks for no noun, so it reads only sums unlikely by chance.
extension AgreedSums {
    static func earlierWhole(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], memory: [QuantityHit],
                             known: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard hits.count >= 3 || hits.count >= 2 && !memory.isEmpty else { return [] }
        var blocks = sentences
        if sentences.count > 1 { blocks.append(0..<line.count) }
        var checks = [ArithmeticCheck]()
        for block in blocks {
            // A sentence's whole may also stand in an earlier sentence of its paragraph (年末户籍人口
            // 101.18万人,…。年末户籍人口中,18岁以下25.76万人,…); the line's block takes only earlier lines'.
            // The candidates are memory followed by the line's earlier figures, read in place: the
            // two are joined into one array only for the sibling test, after the figures agree.
            let earlier = block.lowerBound == 0 ? []
                : hits.filter { $0.start < block.lowerBound && $0.change == nil && !$0.isApproximate && !$0.isPercent && $0.normalized > 0 }
            guard !memory.isEmpty || !earlier.isEmpty else { continue }
            // A measure no earlier whole has cannot be its parts: its words are not read.
            let candidate = { (whole: QuantityHit, seed: QuantityHit) in sameMeasure(whole, seed) && summable(whole) }
            let hasWhole = { (seed: QuantityHit) in earlier.contains { candidate($0, seed) } || memory.contains { candidate($0, seed) } }
            for parts in blockParts(line, hits, block, where: hasWhole) where parts.count >= 2 && parts.count <= 8 {
                // A run another check already spans end to end is read (a check of another
                // measure between its figures is not).
                let first = line.column(of: parts[0].start), last = line.column(of: parts.last!.start)
                let spans = { (check: ArithmeticCheck) in check.kind == "sum" && check.line == line.number && check.column <= first && last < check.column + check.text.count }
                if known.contains(where: spans) || checks.contains(where: spans) {
                    continue
                }
                let largest = parts.map(\.normalized).max() ?? 0
                // The parts may break the whole down more than once, in order (by who handled the
                // items, then by outcome: two runs that each add up to it), as in `unmarked`.
                var groups: [[QuantityHit]]? = nil
                let fits = { (whole: QuantityHit) -> Bool in
                    guard whole.normalized >= largest, sameMeasure(whole, parts[0]), summable(whole) else { return false }
                    groups = breakdowns(whole, parts)
                    return groups.map { significant(whole, $0[0]) } ?? false
                }
                // The nearest first: the line's earlier figures from the last, then memory's.
                guard let whole = earlier.last(where: fits) ?? memory.last(where: fits), let groups,
                      !namesSibling(parts, of: whole, among: memory + earlier) else { continue }
                for group in groups {
                    let statement = "sum: " + group.map { Sentences.format($0.normalized / whole.number.magnitude) }.joined(separator: " + ")
                        + " = \(Sentences.format(whole.value))\(whole.unit) (stated earlier; agreement read without a form)"
                    checks.append(Arithmetic.make(line, "sum", group[0].start, group.last!.end, statement, true))
                }
            }
        }
        return checks
    }

    /// For each measure with two summable figures in the block, every figure of it, in order
    /// (none when one of them is approximate, a rate or a total of its own: 合计/累计 before it —
    /// the block then restates a whole). A stray count of another measure (五个类型) starts no
    /// list of its own but does not hide the block's list.
    static func blockParts(_ line: LineText, _ hits: [QuantityHit], _ block: Range<Int>,
                           where wanted: (QuantityHit) -> Bool = { _ in true }) -> [[QuantityHit]] {
        // Cheap first: two summable figures of one measure in the block, before any word is read.
        // Indices, not copies: a hit carries Strings, and this runs for every block of every line.
        let inBlock = hits.indices.filter { block.contains(hits[$0].start) && summable(hits[$0]) }
        guard inBlock.count >= 2 else { return [] }
        var lists = [[QuantityHit]]()
        for (offset, index) in inBlock.enumerated() {
            let seed = hits[index]
            guard !inBlock[..<offset].contains(where: { sameMeasure(hits[$0], seed) }),
                  inBlock[(offset + 1)...].contains(where: { sameMeasure(hits[$0], seed) }), wanted(seed) else { continue }
            if let parts = measureParts(line, hits, block, like: seed) { lists.append(parts) }
        }
        return lists
    }

    static func measureParts(_ line: LineText, _ hits: [QuantityHit], _ block: Range<Int>, like seed: QuantityHit) -> [QuantityHit]? {
        var parts = [QuantityHit](), previousEnd = block.lowerBound
        for part in hits where block.contains(part.start) && sameMeasure(part, seed) {
            if insideBracket(line, previousEnd..<part.start) { continue }
            if part.isApproximate || part.isPercent || part.isPoints { return nil }
            if part.change != nil || compares(line, part, from: previousEnd) { continue }
            guard summable(part), !totallingAggregate(line, before: part) else { return nil }
            parts.append(part); previousEnd = part.end
        }
        return parts
    }

    /// A part whose subject ends with the subject of another remembered figure of the measure
    /// (not the whole's own): 城区机构床位500张 and 乡镇社区床位300张 make 800 like 机构床位800张, but the
    /// second names its sibling 社区床位400张 — the parts cross the whole's own breakdown. Read only
    /// once the figures agree (subjects are built from the line on each call).
    static func namesSibling(_ parts: [QuantityHit], of whole: QuantityHit, among wholes: [QuantityHit]) -> Bool {
        let own = whole.subject
        let siblings = wholes.filter { $0.start != whole.start || $0.normalized != whole.normalized }
            .filter { sameMeasure($0, parts[0]) }.map(\.subject).filter { $0.count >= 2 && !own.hasSuffix($0) }
        guard !siblings.isEmpty else { return false }
        return parts.contains { part in
            let subject = part.subject
            return siblings.contains { subject.hasSuffix($0) }
        }
    }

    /// Words that state a sum of the figures before them (合计, 小计 …): a block holding one
    /// restates a whole of its own, and its figures are read by the same-line readers.
    static let sumWords = Lexicon(["合计", "总计", "共计", "小计", "总共", "一共"])

    /// A sum word in the figure's clause (咨询类共33523件 is a part counted "in all"; 销售总额
    /// 13.1亿元 a part's own aggregate: neither is a sum of the figures before).
    static func totallingAggregate(_ line: LineText, before part: QuantityHit) -> Bool {
        Sentences.contains(line, sumWords, in: Sentences.clauseStart(line, before: part.start)..<part.start)
    }
}
