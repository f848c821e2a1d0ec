/// A forum's anti-copy jammer (防采集 residue: `2 Q' w4 C2 L2 H( d- D' I$ ^`, pairs of random
/// printable ASCII characters between spaces, which a forum hides in the page and a copy keeps)
/// standing before a line's outline marker: `…I$ ^2.主送机关…` is item 2., `… f/ d 1.首部。…`
/// item 1. Without it the outline loses these items, and the list's next 1. after a lone one
/// reads as a repeat. Only the marker is read from here; the jammer is left to the chrome rules.
///
/// The shape, not its characters: at least `minimumTokens` tokens of one or two ASCII
/// characters, each followed by one space, two of them holding a symbol (an English word, a
/// code or a figure list holds none or runs longer); the marker opens the next token, or
/// follows one glued ASCII character (the jammer's last, `^2.`). A marker must parse there
/// (`HeadingParser`): a jammer before plain text gives no heading.
enum ForumJammer {
    static let minimumTokens = 5, minimumSymbols = 2

    /// Where the marker after a jammer that opens the line starts, or nil.
    static func markerStart(_ line: LineText) -> Int? {
        var i = line.contentStart
        let count = line.count
        // First-letter check: a jammer opens with a printable ASCII character.
        guard i + 2 * minimumTokens < count, line[i] > 0x20, line[i] < 0x7F, line[i + 1] == 0x20 || line[i + 2] == 0x20 else { return nil }
        var tokens = 0, symbols = 0
        while i < count {
            var j = i
            while j < count, j - i < 3, line[j] > 0x20, line[j] < 0x7F { j += 1 }
            guard j > i, j - i <= 2, j < count, line[j] == 0x20 else { break }
            tokens += 1
            if (i..<j).contains(where: { !isAlphanumeric(line[$0]) }) { symbols += 1 }
            i = j + 1
        }
        guard tokens >= minimumTokens, symbols >= minimumSymbols, i < count else { return nil }
        if HeadingParser.parse(line, at: i) != nil { return i }
        if line[i] > 0x20, line[i] < 0x7F, !(0x30...0x39).contains(line[i]),
           HeadingParser.parse(line, at: i + 1) != nil { return i + 1 }
        return nil
    }

    private static func isAlphanumeric(_ s: UInt32) -> Bool {
        (0x30...0x39).contains(s) || (0x41...0x5A).contains(s) || (0x61...0x7A).contains(s)
    }
}
