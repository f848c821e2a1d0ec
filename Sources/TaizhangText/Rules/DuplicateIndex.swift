/// Duplicate paragraphs (≥ 80 characters) within the input and against a corpus of
/// known templates (套用范文).
struct DuplicateIndex {
    /// Internal, not private: the wrapped-block reader (`DuplicateIndex+Blocks`) matches and
    /// fills the same index.
    var index = SketchIndex()
    private var scratch = [UInt32]()
    /// The paragraph read over several lines (`observeBlock`).
    var block = WrappedBlock()
    /// Hash of the first `openingLength` letters of each paragraph → its line and the
    /// letters that follow (up to `continuationLength`; nil for a site's summary of the page,
    /// whose opening the text repeats whatever the site put after it).
    private var openings: HashedKeys<(line: Int, next: [UInt32]?)> = [:]
    static let openingLength = 40
    /// How far past the opening two paragraphs are compared: a preview or a re-wrapped copy
    /// goes on as the text does; another paragraph behind a shared opening (根据…中心(以下简称
    /// "12345热线")…统计,) does not.
    static let continuationLength = 24
    /// A site's preview cut with an ellipsis (今年以来,我局在县委的正确领导下……) that is
    /// shorter than the opening: its letters (at least `previewLength`) and its line.
    private var previews: [(count: Int, hash: UInt64, line: Int)] = []
    static let previewLength = 16

    /// The line ends with an ellipsis (…, ..., 。。。): a page's preview of a longer text.
    static func cutPreview(_ line: LineText) -> Bool {
        var end = line.count
        while end > 0, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end >= 2 else { return false }
        let last = line[end - 1]
        return last == 0x2026 || last == U.dot && line[end - 2] == U.dot || last == U.ideoStop && line[end - 2] == U.ideoStop
    }

    /// A long line of site chrome (a page's summary of the text) is remembered by its
    /// opening, a leading label (简介:, 摘要:) left out, so that the text repeating it is
    /// reported as a repeat. The chrome itself is never reported.
    mutating func rememberChrome(_ line: LineText) {
        var from = line.contentStart
        if let colon = (from..<min(line.count, from + 8)).first(where: { line[$0] == U.colon }) { from = colon + 1 }
        remember(line, from: from)
        // A preview that opens with the page's title (基层党建工作总结20_年,团县委…): the text
        // repeats it from after the title's report word.
        if let title = (from..<min(line.count, from + 24)).first(where: { TitleRepeats.titleWords.prefix(in: line.norm, at: $0) > 0 }) {
            let after = title + TitleRepeats.titleWords.prefix(in: line.norm, at: title)
            if after < line.count, !line.cls(after).contains(.clauseBreak), !line.cls(after).contains(.sentenceEnd) { remember(line, from: after) }
        }
    }

    private mutating func remember(_ line: LineText, from: Int) {
        let wanted = CharClass.letters.rawValue
        var hash = FNV1a.basis, kept = 0
        for index in from..<line.count where line.classes[index] & wanted != 0 {
            hash = FNV1a.adding(line.norm[index], to: hash)
            kept += 1
            if kept == DuplicateIndex.openingLength { break }
        }
        if kept == DuplicateIndex.openingLength {
            // A summary cut mid-word runs into the site's words (…取得新进展,全下面是小编为大家整理的…):
            // what follows its opening is no text to compare.
            if openings[hash] == nil { openings[hash] = (line.number, nil) }
        } else if kept >= DuplicateIndex.previewLength, DuplicateIndex.cutPreview(line) {
            previews.append((kept, hash, line.number))
        }
    }

    mutating func observe(_ line: LineText, corpus: Corpus?) -> Hit? {
        // The hit of a repeated opening is built only when no repeat of the whole paragraph
        // supersedes it (a paste repeats both: building its strings was a cost per line).
        let earlierOpening = repeatedOpening(line)
        var opening: Hit? { earlierOpening.map { openingHit(line, earlier: $0) } }
        guard let (exact, length) = ParagraphSketch.letters(of: line, into: &scratch) else { return opening }
        // A verbatim repeat takes the MinHash of the paragraph it repeats (the same letters);
        // the exact hash is looked up once for the sketch, the match and the insert.
        let verbatim = index.verbatim(exact)
        let sketch = verbatim.map { ParagraphSketch(exact: exact, mins: $0.sketch.mins, count: length) }
            ?? ParagraphSketch(exact: exact, letters: scratch, count: length)
        defer { index.insert(sketch, source: "", line: line.number, exactKnown: verbatim != nil) }
        let end = line.count
        if let entry = verbatim ?? index.near(sketch) {
            return Hit(kind: .duplicate, severity: .warning, start: line.contentStart, end: end, message: "", en: "", excerpt: true,
                       numbered: NumberedMessage(form: verbatim != nil ? .identical : .similar, number: entry.line))
        }
        if let corpus, let (entry, verbatim) = corpus.index.match(sketch) {
            let how = verbatim ? "完全相同" : "高度相似"
            return Hit(kind: .duplicate, severity: .warning, start: line.contentStart, end: end,
                       message: "疑似套用范文:与语料库“\(entry.source)”第\(entry.line)行的段落\(how)",
                       en: "Looks copied from a model text: \(verbatim ? "identical to" : "nearly the same as") line \(entry.line) of “\(entry.source)” in the corpus",
                       text: line.excerpt())
        }
        return opening
    }

    /// A site's preview repeats the opening of the text (and a wrapped PDF repeats a
    /// heading with it): a paragraph whose first 40 letters (punctuation and spaces
    /// ignored) are those of an earlier one is a near duplicate, whatever follows.
    /// Returns the earlier paragraph's line.
    private mutating func repeatedOpening(_ line: LineText) -> Int? {
        let preview = DuplicateIndex.cutPreview(line)
        guard line.count >= DuplicateIndex.previewLength, !DuplicateIndex.bracketed(line) else { return nil }
        let wanted = CharClass.letters.rawValue
        var hash = FNV1a.basis, kept = 0
        var earlierPreview: Int?
        var openingEnd = line.count
        for index in 0..<line.count where line.classes[index] & wanted != 0 {
            hash = FNV1a.adding(line.norm[index], to: hash)
            kept += 1
            if earlierPreview == nil, !previews.isEmpty, let match = previews.first(where: { $0.count == kept && $0.hash == hash }) {
                earlierPreview = match.line
            }
            if kept == DuplicateIndex.openingLength { openingEnd = index + 1; break }
        }
        if preview, kept >= DuplicateIndex.previewLength, kept < DuplicateIndex.openingLength {
            // A preview too short for the opening hash: remembered by all its letters.
            if earlierPreview == nil { previews.append((kept, hash, line.number)) }
        }
        if let earlier = earlierPreview, earlier != line.number {
            return earlier
        }
        guard kept == DuplicateIndex.openingLength else { return nil }
        let next = DuplicateIndex.continuation(line, from: openingEnd)
        if let earlier = openings[hash] {
            // A short line without a sentence or a clause in it is a title: repeated, it is a
            // page's running head (关于…的总结报告 after - 2 -), not a paragraph pasted again
            // (e17's 镇文化站在…,…,主要做了如下方面的工作: is, stopless but in clauses).
            if next.count < DuplicateIndex.continuationLength, !line.mask.contains(.sentenceEnd),
               !line.norm.contains(where: { $0 == U.comma || $0 == U.colon }) { return nil }
            guard let earlierNext = earlier.next else { return earlier.line }
            return DuplicateIndex.goesOn(earlierNext, next) ? earlier.line : nil
        }
        openings[hash] = (line.number, next)
        return nil
    }

    /// The line is one note in brackets, (…) or （…）: an author's affiliation under an article's
    /// title, a date or a 此件公开发布 under a heading. A site that lays an article's header out
    /// twice repeats it with the title and the byline (fx361's pages); such a line is no paragraph,
    /// and its repeat none (session 18: dup-wild 004).
    static func bracketed(_ line: LineText) -> Bool {
        var end = line.count
        while end > line.contentStart, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end - line.contentStart >= 2, line[line.contentStart] == U.lparen, line[end - 1] == U.rparen else { return false }
        // One pair: the first closing bracket is the last mark ((一)…(二) is a heading's text).
        return !(line.contentStart + 1..<(end - 1)).contains { line[$0] == U.rparen }
    }

    /// The letters from `from` (right after the opening's last letter; at most
    /// `continuationLength`): the opening's loop says where it ended, so its letters are not
    /// walked again.
    static func continuation(_ line: LineText, from: Int) -> [UInt32] {
        let wanted = CharClass.letters.rawValue
        var next = [UInt32]()
        next.reserveCapacity(continuationLength)
        for index in from..<line.count where line.classes[index] & wanted != 0 {
            next.append(line.norm[index])
            if next.count == continuationLength { break }
        }
        return next
    }

    /// Two continuations of one opening go on as one text: both end within a few letters the
    /// same, one ends so and the other goes on (a preview cut short), or three in four of the shorter one's letter pairs are in the
    /// other (a copy with a letter changed still shares them; another paragraph, or a table's
    /// row label followed by other figures, shares fewer).
    static func goesOn(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        // Neither goes on: the same line again, or two that end apart.
        guard long.count >= 4 else { return a == b }
        guard short.count >= 4 else { return true }
        // The same letters again (a paste, the common case) go on without counting pairs.
        if long.starts(with: short) { return true }
        // At most `continuationLength` letters each: a nested scan beats building a set (the
        // set's hashing cost ≈ 8 % of the CLI's instructions where openings repeat often).
        var shared = 0
        for index in 0..<(short.count - 1) {
            let (x, y) = (short[index], short[index + 1])
            var at = 0
            while at < long.count - 1, long[at] != x || long[at + 1] != y { at += 1 }
            if at < long.count - 1 { shared += 1 }
        }
        return 4 * shared >= 3 * (short.count - 1)
    }

    private func openingHit(_ line: LineText, earlier: Int) -> Hit {
        Hit(kind: .duplicate, severity: .warning, start: line.contentStart, end: line.count, message: "", en: "", excerpt: true,
            numbered: NumberedMessage(form: .opening, number: earlier))
    }
}
