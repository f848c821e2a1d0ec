/// What the line-local rules find in one line: everything `Analyzer.consume` computes
/// from the line alone (no earlier line, no state). The streaming command line computes
/// it ahead, on a worker thread (`LinePipeline`), while the analyzer handles earlier
/// lines; otherwise the analyzer computes it itself when it reaches the line. Either way
/// the same pure functions run on the same line, so the results are the same.
///
/// A new rule that reads only its line may be added here (and read in `consume`) to run
/// on the worker; written the usual way, directly in `consume`, it works just as well.
final class LineFacts: @unchecked Sendable {
    let quantities: [QuantityHit]
    /// 一是…二是… markers, from the first non-space scalar.
    let markers: [InlineMarker]
    /// (1)…(2)… / 1.…2.… markers inside the paragraph, from the first non-space scalar.
    let numbered: [InlineMarker]
    /// The paragraph's heading, unless inline markers of its own family follow it (一是…二是…
    /// after 一是 opening the line is a list, not a heading).
    let heading: Heading?
    /// The findings of the placeholder, missing-number, impossible-value and vague-number
    /// rules, in that order, as the analyzer reports them.
    let findings: [Finding]
    /// The findings of doubled qualifiers (约…余), by index in `quantities`: reported before
    /// their quantity. Empty when there is none (the common case: no array is allocated). The
    /// quantities themselves are reported from their hits (`AnalysisSink.quantity(_:on:)`), not
    /// built here as `Quantity` values.
    let doubled: [(index: Int, finding: Finding)]
    /// `NamedLists.check` computed with the line before (its number, nil for none) as the
    /// previous line; the analyzer uses it only when its previous line is that one.
    let namedLists: (previous: Int?, checks: [ArithmeticCheck])?
    /// The arithmetic checks that read the line alone (`Arithmetic.local`).
    let arithmetic: Arithmetic.Local?
    /// `WrappedLines.checks` with the line before as the previous line, as `namedLists`
    /// (empty when no line stands right before; the analyzer skips it after a heading).
    let wrapped: (previous: Int?, checks: [ArithmeticCheck])?

    /// `previous`: the line the analyzer will most likely hold as its previous line (the
    /// last line with content before this one), when known.
    init(_ line: LineText, previous: LineText?? = nil) {
        let placeholders = PlaceholderRule.scan(line)
        quantities = QuantityScanner.scan(line)
        let missingNumbers = MissingNumberRule.scan(line, quantities: quantities)
        let impossibleValues = ImpossibleValues.scan(line, quantities: quantities)
        let vagueNumbers = VagueNumbers.scan(line) + VagueNumbers.blankFigures(line)
        var findings = [Finding]()
        for hit in placeholders { findings.append(Analyzer.finding(hit, line)) }
        for hit in missingNumbers { findings.append(Analyzer.finding(hit, line)) }
        for hit in impossibleValues { findings.append(Analyzer.finding(hit, line)) }
        for hit in vagueNumbers { findings.append(Analyzer.finding(hit, line)) }
        self.findings = findings
        var doubled = [(index: Int, finding: Finding)]()
        for (index, hit) in quantities.enumerated() {
            if let finding = Analyzer.doubled(hit, line) { doubled.append((index, finding)) }
        }
        self.doubled = doubled
        markers = InlineEnumeration.markers(line, from: line.contentStart)
        numbered = InlineEnumeration.numberedMarkers(line, from: line.contentStart)
        heading = LineFacts.heading(HeadingParser.parse(line), markers: markers)
        arithmetic = Arithmetic.local(line, hits: quantities)
        if let previous {
            namedLists = (previous?.number, NamedLists.check(line, hits: quantities, previous: previous))
            // Not gated on this line's own heading parse: the analyzer gates on its heading
            // style, which knows the outline (3、人1048人 after …持证残疾 is no heading there), and
            // an empty guess would then differ from its own reading (ratioforms).
            if let previous, previous.number == line.number - 1 || WrappedLines.opensBreakdown(line) {
                wrapped = (previous.number, WrappedLines.checks(previous: previous, line: line))
            } else {
                wrapped = (previous?.number, [])
            }
        } else {
            namedLists = nil
            wrapped = nil
        }
    }

    /// 一是…二是… or 第一,…第二,… running on in the paragraph: the first marker opens a list,
    /// not a heading.
    static func heading(_ heading: Heading?, markers: [InlineMarker]) -> Heading? {
        if let h = heading, h.style == .shi && markers.contains(where: { $0.start > h.markerEnd && $0.family != InlineEnumeration.di })
            || h.style == .di && markers.contains(where: { $0.start > h.markerEnd && $0.family == InlineEnumeration.di })
            || h.style == .qi && markers.contains(where: { $0.start > h.markerEnd && $0.family == InlineEnumeration.qi }) {
            return nil
        }
        return heading
    }
}
