/// Sentences (at least 20 letters) that already occurred earlier in the input: a
/// paragraph pasted twice, wrapped at other places (PDF lines), or too short for the
/// paragraph sketch (80 letters). A sentence runs to 。 ; ! ? and may span lines;
/// punctuation and spaces are ignored. A run of repeated sentences is one repeat,
/// reported once, on the line where the run starts.
struct SentenceRepeats {
    static let minimumLetters = 20
    static let wrappedLineLength = 25
    struct Repeat { var line: Int; var column: Int; var earlier: Int; var excerpt: String }

    private var seen: [UInt64: Int] = [:]
    private var hash: UInt64 = 0xcbf29ce484222325
    private var letters = 0
    private var start: (line: Int, column: Int, excerpt: String?)? = nil
    private var startIndex = 0
    private var inRun = false
    private var lastReportedLine = 0

    /// Feeds one line of body text; returns the repeats whose sentence ended on it.
    mutating func observe(_ line: LineText) -> [Repeat] {
        var found = [Repeat]()
        let wanted = CharClass.ideograph.rawValue | CharClass.digit.rawValue | CharClass.latin.rawValue
        let end = CharClass.sentenceEnd.rawValue
        for index in line.contentStart..<line.count {
            let cls = line.classes[index]
            if cls & wanted != 0 {
                if letters == 0 { start = (line.number, line.column(of: index), nil); startIndex = index }
                hash = (hash ^ UInt64(line.norm[index])) &* 0x100000001b3
                letters += 1
            } else if cls & end != 0, letters > 0 {
                if let hit = finishSentence(line) { found.append(hit) }
            }
        }
        // A short line without a full stop is a heading or a title, not a wrapped line:
        // its words do not run into the next sentence.
        if letters > 0, line.count - line.contentStart < SentenceRepeats.wrappedLineLength {
            hash = 0xcbf29ce484222325; letters = 0; start = nil
        }
        // A sentence still open at the end of the line keeps its opening words for the report.
        if letters > 0, let open = start, open.line == line.number, open.excerpt == nil {
            start?.excerpt = line.string(startIndex..<min(line.count, startIndex + 40))
        }
        return found
    }

    private mutating func finishSentence(_ line: LineText) -> Repeat? {
        defer { hash = 0xcbf29ce484222325; letters = 0; start = nil }
        guard letters >= SentenceRepeats.minimumLetters, let start else { return nil }
        guard let earlier = seen[hash] else {
            seen[hash] = start.line
            inRun = false
            return nil
        }
        defer { inRun = true }
        guard !inRun, start.line != lastReportedLine, earlier != start.line else { return nil }
        lastReportedLine = start.line
        let excerpt = start.excerpt ?? line.string(startIndex..<min(line.count, startIndex + 40))
        return Repeat(line: start.line, column: start.column, earlier: earlier, excerpt: excerpt)
    }

    /// A line already reported as a repeated paragraph is not reported again.
    mutating func reported(line: Int) { lastReportedLine = line }
}
