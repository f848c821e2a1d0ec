/// The items a hit on a line reports: pure functions of the hit and its line, so `LineFacts`
/// builds them on a worker and the analyzer's thread only passes them on.
extension Analyzer {
    /// The finding a hit on `line` reports (pure: `LineFacts` builds them on a worker).
    static func finding(_ hit: Hit, _ line: LineText) -> Finding {
        Finding(kind: hit.kind, severity: hit.severity, line: line.number, column: line.column(of: hit.start),
                text: hit.text ?? (hit.excerpt ? line.excerpt() : line.string(hit.start..<hit.end)),
                message: hit.numbered?.zh ?? hit.message, messageEn: hit.numbered?.en ?? hit.en)
    }

    /// The finding of a doubled qualifier (约…余) on a quantity hit, if any (pure: `LineFacts`
    /// builds them on a worker).
    static func doubled(_ hit: QuantityHit, _ line: LineText) -> Finding? {
        guard let prefix = hit.prefixQualifier, prefix != "达", let post = hit.postQualifier, post != "达" else { return nil }
        return finding(Hit(kind: .doubledQualifier, severity: .warning, start: hit.start, end: hit.end,
                           message: "约数修饰重复:“\(prefix)”与“\(post)”不应同时使用",
                           en: "Doubled approximation: “\(prefix)” and “\(post)” should not be used together"), line)
    }

    /// The quantity a hit reports.
    static func quantity(_ hit: QuantityHit, _ line: LineText) -> Quantity {
        Quantity(text: line.string(hit.start..<hit.end), value: hit.number.value, unit: hit.unit,
                 multiplier: hit.number.magnitude, qualifier: hit.qualifier, subject: hit.subject,
                 line: line.number, column: line.column(of: hit.start), change: hit.change)
    }
}
