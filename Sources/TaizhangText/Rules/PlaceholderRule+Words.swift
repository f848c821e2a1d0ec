extension PlaceholderRule {
    /// QQ和电访, PK与比拼: capitals joined by a conjunction to a Chinese noun are a word of their
    /// own, coordinated with that noun. A blank left for a name takes its head noun right after
    /// it (AA区, BB公司) — and in AA和BB the other side is a blank too, so it stays one
    /// (nineteenth pass, corpus y).
    static func coordinatedWord(_ line: LineText, after end: Int) -> Bool {
        conjunctions.contains(line[end]) && line.cls(end + 1).contains(.ideograph)
    }
    static let conjunctions = ScalarSet("和与及或".unicodeScalars.map(\.value))
}
