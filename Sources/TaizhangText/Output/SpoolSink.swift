/// The streaming command line's sink: every item is encoded to JSON at once and
/// spooled (see `Spool`); memory is bounded whatever the input's size.
final class SpoolSink: AnalysisSink {
    let findings: Spool, checks: Spool, quantities: Spool, outlineItems: Spool
    private(set) var worst: Severity?
    /// The item being encoded (freed in deinit).
    @exclusivity(unchecked) private var scratch = ByteBuffer()

    init(budget: SpoolBudget = SpoolBudget()) {
        findings = Spool(budget: budget); checks = Spool(budget: budget)
        quantities = Spool(budget: budget); outlineItems = Spool(budget: budget)
    }

    deinit { scratch.free() }

    func finding(_ finding: Finding) {
        if worst.map({ finding.severity > $0 }) ?? true { worst = finding.severity }
        scratch.removeAll()
        JSONBytes.finding(finding, into: &scratch)
        findings.add(line: finding.line, column: finding.column, bytes: scratch.bytes)
    }

    /// Written straight from the hit and its line: the text and the repeat messages are not
    /// built as Strings first.
    func finding(_ hit: Hit, on line: LineText) {
        if worst.map({ hit.severity > $0 }) ?? true { worst = hit.severity }
        scratch.removeAll()
        let column = line.column(of: hit.start)
        JSONBytes.finding(hit, on: line, column: column, into: &scratch)
        findings.add(line: line.number, column: column, bytes: scratch.bytes)
    }

    func check(_ check: ArithmeticCheck) {
        scratch.removeAll()
        JSONBytes.check(check, into: &scratch)
        checks.add(line: check.line, column: check.column, bytes: scratch.bytes)
    }

    func quantity(_ quantity: Quantity) {
        scratch.removeAll()
        JSONBytes.quantity(quantity, into: &scratch)
        quantities.add(line: quantity.line, column: quantity.column, bytes: scratch.bytes)
    }

    /// Written straight from the hit and its line: no `Quantity` and no text String.
    func quantity(_ hit: QuantityHit, on line: LineText) {
        scratch.removeAll()
        let column = line.column(of: hit.start)
        JSONBytes.quantity(hit, on: line, column: column, into: &scratch)
        quantities.add(line: line.number, column: column, bytes: scratch.bytes)
    }

    func outline(_ item: OutlineItem) {
        scratch.removeAll()
        JSONBytes.outline(item, into: &scratch)
        outlineItems.add(line: item.line, column: 0, bytes: scratch.bytes)
    }

    /// Written straight from the heading's scalars (no marker and title Strings).
    func outline(level: Int, heading: Heading, line: Int) {
        scratch.removeAll()
        JSONBytes.outline(level: level, heading: heading, line: line, into: &scratch)
        outlineItems.add(line: line, column: 0, bytes: scratch.bytes)
    }

    /// Writes one document object: {"checks":[…],"encoding":…,"findings":[…],"outline":[…],
    /// "path":…,"quantities":[…],"subdocuments":[…]} (keys sorted, as JSONEncoder would).
    func write(path: String, encoding: String, spans: [DocumentSpan], to out: ByteWriter) {
        let starts = spans.map(\.startLine)
        let documentOf = { (line: Int) in DocumentSpan.index(of: line, starts: starts) }
        var bytes = ByteBuffer()
        defer { bytes.free() }
        out.write("{\"checks\":[")
        checks.replay(documentOf: documentOf, into: out)
        bytes.removeAll(); JSONBytes.string(encoding, into: &bytes)
        out.write("],\"encoding\":"); out.write(bytes.bytes); out.write(",\"findings\":[")
        findings.replay(documentOf: documentOf, into: out)
        out.write("],\"outline\":[")
        outlineItems.replay(documentOf: documentOf, into: out)
        bytes.removeAll(); JSONBytes.string(path, into: &bytes)
        out.write("],\"path\":"); out.write(bytes.bytes); out.write(",\"quantities\":[")
        quantities.replay(documentOf: documentOf, into: out)
        out.write("],\"subdocuments\":[")
        for (index, span) in spans.enumerated() {
            bytes.removeAll()
            if index > 0 { bytes.append(0x2C) }
            bytes.append(0x0A)
            JSONBytes.span(span, into: &bytes)
            out.write(bytes.bytes)
        }
        out.write("]}")
    }
}
