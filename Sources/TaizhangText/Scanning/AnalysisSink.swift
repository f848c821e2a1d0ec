/// Where the analyzer puts what it finds, as soon as it finds it.
protocol AnalysisSink: AnyObject {
    func finding(_ finding: Finding)
    func check(_ check: ArithmeticCheck)
    func quantity(_ quantity: Quantity)
    func outline(_ item: OutlineItem)
    /// A hit on `line` (see `Analyzer.finding(_:_:)`); by default reported as that `Finding`.
    func finding(_ hit: Hit, on line: LineText)
    /// A heading of the outline; by default reported as its `OutlineItem`.
    func outline(level: Int, heading: Heading, line: Int)
    /// A quantity hit on `line` (see `Analyzer.quantity(_:_:)`); by default reported as that
    /// `Quantity`.
    func quantity(_ hit: QuantityHit, on line: LineText)
}

extension AnalysisSink {
    func finding(_ hit: Hit, on line: LineText) { finding(Analyzer.finding(hit, line)) }
    func quantity(_ hit: QuantityHit, on line: LineText) { quantity(Analyzer.quantity(hit, line)) }
    func outline(level: Int, heading: Heading, line: Int) {
        outline(OutlineItem(level: level, marker: heading.marker, title: heading.title, line: line))
    }
}

/// Keeps everything in memory and builds a `DocumentReport` (the server and the API:
/// inputs there are limited to a few megabytes).
final class CollectingSink: AnalysisSink {
    private(set) var findings: [Finding] = []
    private(set) var checks: [ArithmeticCheck] = []
    private(set) var quantities: [Quantity] = []
    private(set) var outline: [OutlineItem] = []

    func finding(_ finding: Finding) { findings.append(finding) }
    func check(_ check: ArithmeticCheck) { checks.append(check) }
    func quantity(_ quantity: Quantity) { quantities.append(quantity) }
    func outline(_ item: OutlineItem) { outline.append(item) }

    /// The report, every item with its document and findings and checks in text order.
    func report(path: String, encoding: String, spans: [DocumentSpan]) -> DocumentReport {
        let starts = spans.map(\.startLine)
        for index in findings.indices { findings[index].document = DocumentSpan.index(of: findings[index].line, starts: starts) }
        for index in quantities.indices { quantities[index].document = DocumentSpan.index(of: quantities[index].line, starts: starts) }
        for index in outline.indices { outline[index].document = DocumentSpan.index(of: outline[index].line, starts: starts) }
        for index in checks.indices { checks[index].document = DocumentSpan.index(of: checks[index].line, starts: starts) }
        findings.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        checks.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return DocumentReport(path: path, encoding: encoding, subdocuments: spans, findings: findings,
                              checks: checks, quantities: quantities, outline: outline)
    }
}

extension DocumentSpan {
    /// The 1-based document holding `line`, given the documents' first lines in order.
    static func index(of line: Int, starts: [Int]) -> Int {
        var low = 0, high = starts.count - 1, answer = 0
        while low <= high {
            let mid = (low + high) / 2
            if starts[mid] <= line { answer = mid; low = mid + 1 } else { high = mid - 1 }
        }
        return answer + 1
    }
}
