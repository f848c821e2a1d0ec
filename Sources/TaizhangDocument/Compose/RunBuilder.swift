/// Accumulates runs for one paragraph; adjacent text merges into one run. Public so the
/// layers that phrase process records (creation work) write traced numbers the same way.
public struct RunBuilder: Sendable {
    public private(set) var runs: [Run] = []

    public init() {}

    public var isEmpty: Bool { runs.isEmpty }

    public mutating func text(_ s: String) {
        guard !s.isEmpty else { return }
        if case .text(let previous)? = runs.last {
            runs[runs.count - 1] = .text(previous + s)
        } else {
            runs.append(.text(s))
        }
    }

    /// Appends a run built elsewhere, merging text.
    public mutating func append(_ run: Run) {
        switch run {
        case .text(let s): text(s)
        case .number: runs.append(run)
        }
    }

    /// A quantity in `measureWord` units, formatted the officials' way.
    public mutating func quantity(_ value: Double, _ measureWord: String, _ qualifier: Qualifier?, trace: [SourceRef]) {
        let display = QuantityFormatter.format(value, measureWord: measureWord, qualifier: qualifier)
        runs.append(.number(TracedNumber(
            text: display, value: value, unit: measureWord, qualifier: qualifier, trace: trace)))
    }

    /// A quantity for a table cell whose header already names the unit:
    /// "71" under "文艺演出（场）", "14.53万" under "受众（人次）".
    public mutating func bareQuantity(_ value: Double, _ measureWord: String, _ qualifier: Qualifier?, trace: [SourceRef]) {
        var display = QuantityFormatter.format(value, measureWord: measureWord, qualifier: qualifier)
        if !measureWord.isEmpty, display.hasSuffix(measureWord) { display.removeLast(measureWord.count) }
        runs.append(.number(TracedNumber(
            text: display, value: value, unit: measureWord, qualifier: qualifier, trace: trace)))
    }

    /// A percentage (13.5 → "13.5%").
    public mutating func percent(_ value: Double, trace: [SourceRef]) {
        quantity(value, "%", nil, trace: trace)
    }

    /// A count of things the draft itself counted: "3项", "12条".
    public mutating func count(_ n: Int, _ measureWord: String, trace: [SourceRef]) {
        quantity(Double(n), measureWord, nil, trace: trace)
    }

    /// Appends `items` separated by `separator`, each written by `write`.
    public mutating func list<T>(_ items: [T], separator: String, _ write: (inout RunBuilder, T) -> Void) {
        for (i, item) in items.enumerated() {
            if i > 0 { text(separator) }
            write(&self, item)
        }
    }

    public func paragraph(_ id: String) -> Block { .paragraph(Paragraph(id: id, runs: runs)) }
}

extension RunBuilder {
    /// Appends runs built elsewhere, merging text.
    public mutating func append(contentsOf runs: [Run]) { for run in runs { append(run) } }

    /// Appends a run built elsewhere, merging text.
    public mutating func append(_ other: RunBuilder) { append(contentsOf: other.runs) }
}

extension String {
    /// Drops trailing sentence punctuation so user clauses can be joined with "；".
    public var withoutClosingPunctuation: String {
        var s = Substring(self)
        while let last = s.last, "。；;，,.！!、 ".contains(last) { s = s.dropLast() }
        return String(s)
    }
}
