/// A quantity's subject as the line's raw scalars and the bounds of the phrase in them
/// (`LineText.rawBounds`), not as a String: every hit has one, and the String (most phrases
/// longer than 15 bytes, so allocated, validated and freed again) was needed only by the
/// in-memory report and a few rules. The array is the line's own (shared, not copied);
/// `string` is `line.string(range)` of the phrase's norm range (`SubjectTests`).
struct SubjectText {
    let raw: [UInt32]
    let bounds: Range<Int>

    static let empty = SubjectText(raw: [], bounds: 0..<0)

    private init(raw: [UInt32], bounds: Range<Int>) {
        self.raw = raw
        self.bounds = bounds
    }

    init(_ line: LineText, _ range: Range<Int>) {
        if let bounds = line.rawBounds(range) {
            self.init(raw: line.raw, bounds: bounds)
        } else {
            self.init(raw: [], bounds: 0..<0)
        }
    }

    var string: String {
        bounds.isEmpty ? "" : raw.withUnsafeBufferPointer { LineText.utf8String(UnsafeBufferPointer(rebasing: $0[bounds])) }
    }
}
