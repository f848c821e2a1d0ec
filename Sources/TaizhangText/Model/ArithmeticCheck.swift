/// One arithmetic statement the checker verified, consistent or not.
///
/// `kind` is "sum" (total versus parts, or an announced count versus the items named),
/// "ratio" (a stated percentage versus the ratio of stated numbers) or "growth".
public struct ArithmeticCheck: Codable, Sendable, Hashable {
    public var kind: String
    /// The source text of the statement, from the total to the last part.
    public var text: String
    public var line: Int
    public var column: Int
    /// What was compared, e.g. "total 111家 = 103 + 8 + 0".
    public var statement: String
    public var consistent: Bool
    public var document: Int

    public init(kind: String, text: String, line: Int, column: Int,
                statement: String, consistent: Bool, document: Int = 1) {
        self.kind = kind
        self.text = text
        self.line = line
        self.column = column
        self.statement = statement
        self.consistent = consistent
        self.document = document
    }
}

extension Array where Element == ArithmeticCheck {
    /// `self += more`, skipped when `more` is empty: most rules find nothing on most lines,
    /// and `+=` of an empty array still went through the generic append (≈ 150 instructions,
    /// ≈ 16 times a line in `Arithmetic.local`).
    @inline(__always) mutating func append(found more: [ArithmeticCheck]) {
        if !more.isEmpty { append(contentsOf: more) }
    }
}
