/// Sentences (at least 20 letters) that already occurred earlier in the input: a
/// paragraph pasted twice, wrapped at other places (PDF lines), or too short for the
/// paragraph sketch (80 letters). A sentence runs to 。 ; ! ? and may span lines;
/// punctuation and spaces are ignored. A run of repeated sentences is one repeat,
/// reported once, on the line where the run starts.
struct SentenceRepeats {
    static let minimumLetters = 20
    static let wrappedLineLength = 25
    struct Repeat { var line: Int; var column: Int; var earlier: Int; var excerpt: String }

    private var seen: HashedKeys<Int> = [:]
    private var hash: UInt64 = FNV1a.basis
    private var letters = 0
    /// Near repeats (a sentence pasted again with a word or a figure changed inside it): the
    /// opening and the closing `anchor` letters of every sentence of at least `nearLetters`,
    /// keyed by the opening; a later sentence with the same opening and closing and about
    /// the same length (± `nearSlack` letters) is the same sentence edited.
    static let anchor = 12, nearLetters = 30, nearSlack = 4
    private var openings: HashedKeys<(line: Int, closing: UInt64, letters: Int, words: UInt64)> = [:]
    private var openingHash: UInt64 = 0
    /// The hash of the sentence's letters without digits: when only figures differ, the two
    /// sentences are one formula written twice (召开会议2次… / 召开会议3次…), not a repeat.
    private var wordsHash: UInt64 = FNV1a.basis
    /// The open sentence's last letters: its letter n in slot `n & (ringSize - 1)` (a ring of a
    /// power of two, at least `anchor`: the slot is the letter count masked, so the hottest loop
    /// of the analyzer keeps no slot counter and no remainder per letter).
    private var tail = [UInt32](repeating: 0, count: SentenceRepeats.ringSize)
    static let ringSize = 16
    /// Where the open sentence starts: its line, its index there, and — once that line
    /// is behind — its column and opening words.
    private var startLine = 0, startIndex = 0
    private var carried: (column: Int, excerpt: String)? = nil
    private var inRun = false
    private var lastReportedLine = 0
    /// The sentence read on across a short line (`continued`): a short line without a full
    /// stop is taken for a title and the sentence restarts after it, but a narrow column (a
    /// PDF's, 18 letters a line) wraps every line short. So the sentence is also read on
    /// through the short line, from where it started, and either reading repeats an earlier one
    /// — from a heading too, when the sentence opened on its line (1、光电子信息产业进一步加快增长速度
    /// ⏎ ,区内…: a paragraph that opens with a marker, wrapped). Active from such a line to the sentence's end (one more
    /// hash per letter there).
    private var continued: (hash: UInt64, letters: Int, line: Int, carried: (column: Int, excerpt: String)?)? = nil
    /// A second reading on, from a later short line than `continued`'s: a paragraph pasted under
    /// a heading and wrapped by a narrow column (二、工作亮点 ⏎ 街道办作为基层政府机构,承担着重要的社会管理和公
    /// ⏎ 共服务职能。) is read from the heading on (`continued`) and from its own first line on
    /// (this) — the copy starts on the second, whatever the heading holds.
    private var alsoContinued: (hash: UInt64, letters: Int, line: Int, carried: (column: Int, excerpt: String)?)? = nil
    /// The open sentence read from the start of this line: a sentence that began on a line
    /// without a stop (a page's title, 中国档案资讯网讯 …) hashes that line's letters too, so a
    /// paragraph whose first sentence is pasted twice (…。为全面总结…。为全面总结…) did not
    /// match its copy. The part on this line is also remembered and matched.
    private var fresh: (hash: UInt64, letters: Int, line: Int)? = nil
    /// Short sentences read together with the sentences after them until `minimumLetters`: a
    /// paragraph that opens with short sentences (中国人乐山,对山的情感极重。山民靠山吃山,…。)
    /// is reported from its first sentence, not from its first long one — on the copy's first
    /// line when a column wrapped it. Open from a short sentence's end to the group's (one more
    /// hash per letter there); at most `groupSentences` sentences.
    /// (`start`: its first letter's index while on its own line — the excerpt is built only for
    /// a report, or once at the line's end when the group runs on: one string per short
    /// sentence was ≈ 1 % of the CLI's instructions.)
    private var group: (hash: UInt64, letters: Int, sentences: Int, line: Int, start: Int, carried: (column: Int, excerpt: String)?)? = nil
    static let groupSentences = 4

    /// Feeds one line of body text; returns the repeats whose sentence ended on it.
    /// `heading`: the line opens with an outline marker (a title whatever its length).
    mutating func observe(_ line: LineText, heading: Bool = false) -> [Repeat] {
        var found = [Repeat]()
        let wanted = CharClass.letters.rawValue
        let end = CharClass.sentenceEnd.rawValue
        var index = line.contentStart
        let count = line.count
        fresh = letters > 0 ? (FNV1a.basis, 0, line.number) : nil
        while index < count {
            // The hashing runs over raw buffers; a sentence end hands over to `finishSentence`.
            // Locals in the loop (not stored properties), written back once.
            var h = hash, n = letters, first = -1, opening = openingHash, w = wordsHash
            let reading = continued != nil
            var ch = continued?.hash ?? 0, cn = continued?.letters ?? 0
            let readingAlso = alsoContinued != nil
            var ah = alsoContinued?.hash ?? 0, an = alsoContinued?.letters ?? 0
            let restarting = fresh != nil
            var fh = fresh?.hash ?? 0, fn = fresh?.letters ?? 0
            let grouping = group != nil
            var gh = group?.hash ?? 0, gn = group?.letters ?? 0
            let digit = CharClass.digit.rawValue
            let anchor = SentenceRepeats.anchor, ring = SentenceRepeats.ringSize - 1
            let stop: Int = line.classes.withUnsafeBufferPointer { classes in
                line.norm.withUnsafeBufferPointer { norm in
                    tail.withUnsafeMutableBufferPointer { tail in
                        var i = index
                        if n == 0 {
                            // No sentence open: it starts at the next letter (a sentence end
                            // before it ends nothing), found here so that the loop below
                            // does not ask for every letter whether it is the first.
                            while i < count, classes[i] & wanted == 0 { i += 1 }
                            if i < count { first = i }
                        }
                        // From here on a sentence is open (n > 0 past its first letter).
                        if !reading && !readingAlso && !restarting && !grouping {
                            // No second reading open (most lines): the same loop without their
                            // four tests a letter.
                            while i < count {
                                let cls = classes[i]
                                if cls & wanted != 0 {
                                    let scalar = norm[i]
                                    h = FNV1a.adding(scalar, to: h)
                                    if cls & digit == 0 { w = FNV1a.adding(scalar, to: w) }
                                    tail[n & ring] = scalar
                                    n += 1
                                    if n == anchor { opening = h }
                                } else if cls & end != 0 {
                                    return i
                                }
                                i += 1
                            }
                            return count
                        }
                        while i < count {
                            let cls = classes[i]
                            if cls & wanted != 0 {
                                let scalar = norm[i]
                                h = FNV1a.adding(scalar, to: h)
                                if reading { ch = FNV1a.adding(scalar, to: ch); cn += 1 }
                                if readingAlso { ah = FNV1a.adding(scalar, to: ah); an += 1 }
                                if restarting { fh = FNV1a.adding(scalar, to: fh); fn += 1 }
                                if grouping { gh = FNV1a.adding(scalar, to: gh); gn += 1 }
                                if cls & digit == 0 { w = FNV1a.adding(scalar, to: w) }
                                tail[n & ring] = scalar
                                n += 1
                                if n == anchor { opening = h }
                            } else if cls & end != 0 {
                                return i
                            }
                            i += 1
                        }
                        return count
                    }
                }
            }
            hash = h; letters = n; openingHash = opening; wordsHash = w
            if reading { continued?.hash = ch; continued?.letters = cn }
            if readingAlso { alsoContinued?.hash = ah; alsoContinued?.letters = an }
            if restarting { fresh?.hash = fh; fresh?.letters = fn }
            if grouping { group?.hash = gh; group?.letters = gn }
            if first >= 0 { startLine = line.number; startIndex = first; carried = nil }
            if stop < count, let hit = finishSentence(line) { found.append(hit) }
            index = stop + 1
        }
        // A short line without a full stop is a heading or a title, not a wrapped line:
        // its words do not run into the next sentence — but a narrow column wraps its sentences
        // into short lines (今年以来,社区积极开展垃圾分 ⏎ 类宣传…): `continued` reads on through it.
        // A short line that ends a sentence inside is body text wrapped (1.全过程推进常规防控。始终坚持“外).
        // A heading without one is a title however long ((三)加强集镇整治力度,抓实环境卫生整洁常态化机制).
        if letters > 0, line.count - line.contentStart < SentenceRepeats.wrappedLineLength || heading, !line.mask.contains(.sentenceEnd) {
            if heading && startLine != line.number {
                // A heading after an unfinished line (…现总结如下: ⏎ 一、工作开展情况): no reading on
                // into the next section — the texts of a collection share such openings.
                continued = nil; alsoContinued = nil
            } else if continued == nil {
                let carry = startLine == line.number
                    ? (line.column(of: startIndex), line.string(startIndex..<min(line.count, startIndex + 40))) : carried
                continued = (hash, letters, startLine, carry)
            } else if alsoContinued == nil, !heading, startLine == line.number, continued?.line != line.number {
                // Begun on this short line after a reading that began above: read on from here too.
                alsoContinued = (hash, letters, startLine, (line.column(of: startIndex), line.string(startIndex..<min(line.count, startIndex + 40))))
            }
            hash = FNV1a.basis; letters = 0; wordsHash = FNV1a.basis; group = nil
        }
        // A group begun on this line and still open keeps its opening words for the report.
        if let open = group, open.line == line.number, open.start >= 0, open.carried == nil {
            group?.carried = (line.column(of: open.start), line.string(open.start..<min(line.count, open.start + 40)))
        }
        // A sentence still open at the end of the line keeps its opening words for the report.
        if letters > 0, startLine == line.number {
            carried = (line.column(of: startIndex), line.string(startIndex..<min(line.count, startIndex + 40)))
        }
        return found
    }

    private mutating func finishSentence(_ line: LineText) -> Repeat? {
        defer { hash = FNV1a.basis; letters = 0; wordsHash = FNV1a.basis; continued = nil; alsoContinued = nil; fresh = nil }
        // The sentence read on through a short line: remembered too, and when it repeats an
        // earlier one, reported from where it started (the earlier start first).
        // (Asked only when a reading is open: the tuple holds a String, and copying it for
        // every sentence cost ≈ 2 % of the CLI's instructions.)
        if continued != nil, let hit = readOn(continued) { return hit }
        if alsoContinued != nil, let hit = readOn(alsoContinued) { return hit }
        if group != nil || letters < SentenceRepeats.minimumLetters, let hit = readGroup(line) { return hit }
        guard letters >= SentenceRepeats.minimumLetters else { return nil }
        let exact = seen[hash]
        guard let earlier = exact ?? nearRepeat() else {
            seen[hash] = startLine
            inRun = false
            return partRepeat(line)
        }
        defer { inRun = true }
        // A sentence may repeat one in its own line: a PDF or a page that put the text on one
        // line (…开局之年。今年是…开局之年。) pasted it twice there (sixteenth pass). Only word
        // for word: one paragraph's parallel clauses share openings and closings.
        guard !inRun, startLine != lastReportedLine, earlier != startLine || exact != nil else { return nil }
        lastReportedLine = startLine
        let (column, excerpt) = startLine == line.number
            ? (line.column(of: startIndex), line.string(startIndex..<min(line.count, startIndex + 40)))
            : (carried?.column ?? 1, carried?.excerpt ?? "")
        return Repeat(line: startLine, column: column, earlier: earlier, excerpt: excerpt)
    }

    /// A reading on through short lines, reported from where it started when it repeats an
    /// earlier sentence, remembered otherwise.
    private mutating func readOn(_ through: (hash: UInt64, letters: Int, line: Int, carried: (column: Int, excerpt: String)?)?) -> Repeat? {
        guard let through, through.letters >= SentenceRepeats.minimumLetters else { return nil }
        if let earlier = seen[through.hash], earlier != through.line, !inRun, through.line != lastReportedLine {
            inRun = true
            lastReportedLine = through.line
            if letters >= SentenceRepeats.minimumLetters, seen[hash] == nil { seen[hash] = startLine }
            let (column, excerpt) = through.carried ?? (1, "")
            return Repeat(line: through.line, column: column, earlier: earlier, excerpt: excerpt)
        }
        if seen[through.hash] == nil { seen[through.hash] = through.line }
        return nil
    }

    /// The short sentences read with this one (`group`): once they reach `minimumLetters`,
    /// reported from the first when they repeat earlier ones, remembered otherwise. A short
    /// sentence opens a group (or, the group still short, stays in it).
    private mutating func readGroup(_ line: LineText) -> Repeat? {
        guard group != nil else {
            if letters > 0, letters < SentenceRepeats.minimumLetters {
                group = (hash, letters, 1, startLine, startLine == line.number ? startIndex : -1, startLine == line.number ? nil : carried)
            }
            return nil
        }
        // Read and changed in place: a copy of the group (its excerpt a String) was made and
        // destroyed for every sentence it spans (cli17).
        group!.sentences += 1
        if group!.letters < SentenceRepeats.minimumLetters {
            if group!.sentences >= SentenceRepeats.groupSentences { group = nil }
            return nil
        }
        let (openHash, openLine, openStart) = (group!.hash, group!.line, group!.start)
        if let earlier = seen[openHash], earlier != openLine, !inRun, openLine != lastReportedLine {
            let carried = group!.carried
            group = nil
            inRun = true
            lastReportedLine = openLine
            if letters >= SentenceRepeats.minimumLetters, seen[hash] == nil { seen[hash] = startLine }
            let (column, excerpt) = openLine == line.number && openStart >= 0
                ? (line.column(of: openStart), line.string(openStart..<min(line.count, openStart + 40))) : carried ?? (1, "")
            return Repeat(line: openLine, column: column, earlier: earlier, excerpt: excerpt)
        }
        group = nil
        if seen[openHash] == nil { seen[openHash] = openLine }
        return nil
    }

    /// The part on this line of a sentence begun on an earlier line, when it repeats an
    /// earlier sentence; remembered otherwise.
    private mutating func partRepeat(_ line: LineText) -> Repeat? {
        guard let part = fresh, part.line == line.number, part.letters >= SentenceRepeats.minimumLetters else { return nil }
        guard let earlier = seen[part.hash] else {
            seen[part.hash] = part.line
            return nil
        }
        guard part.line != lastReportedLine else { return nil }
        inRun = true
        lastReportedLine = part.line
        let start = line.contentStart
        return Repeat(line: part.line, column: line.column(of: start), earlier: earlier, excerpt: line.string(start..<min(line.count, start + 40)))
    }

    /// The line of an earlier sentence that this one repeats with an edit inside, if any;
    /// remembers this sentence's opening otherwise.
    private mutating func nearRepeat() -> Int? {
        guard letters >= SentenceRepeats.nearLetters else { return nil }
        let anchor = SentenceRepeats.anchor, ring = SentenceRepeats.ringSize - 1
        // The last `anchor` letters, oldest first (letters ≥ nearLetters > anchor here).
        var closing = FNV1a.basis
        for k in 0..<anchor { closing = FNV1a.adding(tail[(letters - anchor + k) & ring], to: closing) }
        if let earlier = openings[openingHash], earlier.closing == closing, abs(earlier.letters - letters) <= SentenceRepeats.nearSlack,
           earlier.words != wordsHash {
            return earlier.line
        }
        if openings[openingHash] == nil { openings[openingHash] = (startLine, closing, letters, wordsHash) }
        return nil
    }

    /// A line already reported as a repeated paragraph is not reported again.
    mutating func reported(line: Int) { lastReportedLine = line }
}
