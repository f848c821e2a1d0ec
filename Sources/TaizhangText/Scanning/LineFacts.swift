/// What the line-local rules find in one line: everything `Analyzer.consume` computes
/// from the line alone (no earlier line, no state). The streaming command line computes
/// it ahead, on a worker thread (`LinePipeline`), while the analyzer handles earlier
/// lines; otherwise the analyzer computes it itself when it reaches the line. Either way
/// the same pure functions run on the same line, so the results are the same.
///
/// A new rule that reads only its line may be added here (and read in `consume`) to run
/// on the worker; written the usual way, directly in `consume`, it works just as well.
final class LineFacts: @unchecked Sendable {
    let placeholders: [Hit]
    let quantities: [QuantityHit]
    let missingNumbers: [Hit]
    let impossibleValues: [Hit]
    let vagueNumbers: [Hit]
    /// 一是…二是… markers, from the first non-space scalar.
    let markers: [InlineMarker]
    /// (1)…(2)… / 1.…2.… markers inside the paragraph, from the first non-space scalar.
    let numbered: [InlineMarker]
    let heading: Heading?

    init(_ line: LineText) {
        placeholders = PlaceholderRule.scan(line)
        quantities = QuantityScanner.scan(line)
        missingNumbers = MissingNumberRule.scan(line, quantities: quantities)
        impossibleValues = ImpossibleValues.scan(line, quantities: quantities)
        vagueNumbers = VagueNumbers.scan(line)
        markers = InlineEnumeration.markers(line, from: line.contentStart)
        numbered = InlineEnumeration.numberedMarkers(line, from: line.contentStart)
        heading = HeadingParser.parse(line)
    }
}
