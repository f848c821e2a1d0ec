/// The streaming command line's sink: every item is encoded to JSON at once and
/// spooled (see `Spool`); memory is bounded whatever the input's size.
final class SpoolSink: AnalysisSink {
    let findings: Spool, checks: Spool, quantities: Spool, outlineItems: Spool
    private(set) var worst: Severity?
    private var scratch: [UInt8] = []

    init(budget: SpoolBudget = SpoolBudget()) {
        findings = Spool(budget: budget); checks = Spool(budget: budget)
        quantities = Spool(budget: budget); outlineItems = Spool(budget: budget)
        scratch.reserveCapacity(1024)
    }

    func finding(_ finding: Finding) {
        if worst.map({ finding.severity > $0 }) ?? true { worst = finding.severity }
        scratch.removeAll(keepingCapacity: true)
        JSONBytes.finding(finding, into: &scratch)
        findings.add(line: finding.line, column: finding.column, bytes: scratch)
    }

    func check(_ check: ArithmeticCheck) {
        scratch.removeAll(keepingCapacity: true)
        JSONBytes.check(check, into: &scratch)
        checks.add(line: check.line, column: check.column, bytes: scratch)
    }

    func quantity(_ quantity: Quantity) {
        scratch.removeAll(keepingCapacity: true)
        JSONBytes.quantity(quantity, into: &scratch)
        quantities.add(line: quantity.line, column: quantity.column, bytes: scratch)
    }

    func outline(_ item: OutlineItem) {
        scratch.removeAll(keepingCapacity: true)
        JSONBytes.outline(item, into: &scratch)
        outlineItems.add(line: item.line, column: 0, bytes: scratch)
    }

    /// Writes one document object: {"checks":[…],"encoding":…,"findings":[…],"outline":[…],
    /// "path":…,"quantities":[…],"subdocuments":[…]} (keys sorted, as JSONEncoder would).
    func write(path: String, encoding: String, spans: [DocumentSpan], to out: ByteWriter) {
        let starts = spans.map(\.startLine)
        let documentOf = { (line: Int) in DocumentSpan.index(of: line, starts: starts) }
        var bytes = [UInt8]()
        out.write("{\"checks\":[")
        checks.replay(documentOf: documentOf, into: out)
        bytes.removeAll(); JSONBytes.string(encoding, into: &bytes)
        out.write("],\"encoding\":"); out.write(bytes); out.write(",\"findings\":[")
        findings.replay(documentOf: documentOf, into: out)
        out.write("],\"outline\":[")
        outlineItems.replay(documentOf: documentOf, into: out)
        bytes.removeAll(); JSONBytes.string(path, into: &bytes)
        out.write("],\"path\":"); out.write(bytes); out.write(",\"quantities\":[")
        quantities.replay(documentOf: documentOf, into: out)
        out.write("],\"subdocuments\":[")
        for (index, span) in spans.enumerated() {
            bytes.removeAll()
            if index > 0 { bytes.append(0x2C) }
            bytes.append(0x0A)
            JSONBytes.span(span, into: &bytes)
            out.write(bytes)
        }
        out.write("]}")
    }
}
