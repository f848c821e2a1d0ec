/// Paragraphs pasted again with a small edit, which neither the paragraph sketch (80
/// letters and more, Jaccard ≥ 0.7) nor the sentence repeats (the same sentence, or the same
/// opening and closing letters) find:
///
/// - an item pasted again under another number (1.加强… / 3.加强…: the marker is left out);
/// - a paragraph of 20 letters or more pasted again with a few letters added or dropped
///   (开展了 / 开展, 得到明显提高, 我们 dropped at the start, a heading glued in front of it):
///   one paragraph's letters are the other's with one or two runs of `maximumInsert` letters
///   in all (a quarter of the shorter at most) inserted — no digits in the run, since figures
///   changed are one formula written twice (召开会议2次 / 召开会议3次) — within `window`
///   content lines of each other and under one top-level heading (the plan section restates
///   the work done with 继续 in front: 加强安全监管,… / 继续加强安全监管,…);
/// - a paragraph whose body (at least `bodyLetters` letters, two clauses or more) repeats
///   after another opening clause of at most `openingLetters` letters (今年以来, / 上半年,):
///   the body starts a clause in both, and the openings differ in more than figures (3月份 /
///   5月份 with the same words after them is a formula).
///
/// - a paragraph pasted again with one figure changed (500余份 / 600余份), within `window`
///   lines (under any heading); not a date or an ordinal (3月份 / 5月份 open another event).
///
/// Other substitutions are never taken: one word swapped for another of the same length is how
/// parallel statements read (开展消防安全培训 / 开展食品安全培训). Both paragraphs end a
/// sentence (。!?;) and lie in one document (reset at a bundled text's marker or a
/// restarted outline).
struct EditedRepeats {
    static let minimumLetters = 20, maximumLetters = 400, anchor = 6
    static let maximumInsert = 8, window = 15, bodyLetters = 30, openingLetters = 12

    private struct Entry { var line: Int; var order: Int; var section: Int; var letters: [UInt32]; var clauseStarts: [Int] }
    private var entries: [Entry] = []
    private var byOpening: HashedKeys<[Int]> = [:]
    private var byClosing: HashedKeys<[Int]> = [:]
    private var order = 0
    /// Scratch buffers for the line being read (kept between lines: no allocation per line).
    private var letters: [UInt32] = [], clauseStarts: [Int] = []

    mutating func reset() {
        entries.removeAll(keepingCapacity: true)
        byOpening.removeAll(keepingCapacity: true)
        byClosing.removeAll(keepingCapacity: true)
    }

    /// Feeds one content line; returns the line of the earlier paragraph it repeats, if any.
    /// `reported`: the line is already reported as a repeat (it is neither matched nor remembered).
    /// `section`: the top-level section of the outline the paragraph belongs to (a heading
    /// glued in front of it does not count: it is what the paste added).
    /// `from`: where the paragraph's text starts (after its outline marker, so that an item
    /// pasted again under another number, 1.… / 3.…, is the same paragraph).
    mutating func observe(_ line: LineText, from: Int, section: Int, reported: Bool) -> Int? {
        order += 1
        // A paragraph already reported repeats one that is remembered: an edited copy of it
        // will match that one (and the index is not filled twice with the same letters).
        guard !reported, line.count - from >= EditedRepeats.minimumLetters, EditedRepeats.endsSentence(line) else { return nil }
        letters.removeAll(keepingCapacity: true)
        clauseStarts.removeAll(keepingCapacity: true)
        let wanted = CharClass.letters.rawValue
        let breaks = CharClass.clauseBreak.rawValue
        line.classes.withUnsafeBufferPointer { classes in
            line.norm.withUnsafeBufferPointer { norm in
                for index in from..<classes.count {
                    let cls = classes[index]
                    if cls & wanted != 0 {
                        letters.append(norm[index])
                    } else if cls & breaks != 0, clauseStarts.last != letters.count {
                        clauseStarts.append(letters.count)
                    }
                }
            }
        }
        guard letters.count >= EditedRepeats.minimumLetters, letters.count <= EditedRepeats.maximumLetters else { return nil }
        let entry = Entry(line: line.number, order: order, section: section, letters: letters, clauseStarts: clauseStarts)
        let opening = EditedRepeats.hash(letters.prefix(EditedRepeats.anchor))
        let closing = EditedRepeats.hash(letters.suffix(EditedRepeats.anchor))
        let earlier = match(entry, byOpening[opening]) ?? match(entry, byClosing[closing])
        let id = entries.count
        entries.append(entry)
        EditedRepeats.add(id, to: &byOpening[opening, default: []])
        EditedRepeats.add(id, to: &byClosing[closing, default: []])
        if entries.count > 4096 { reset() }   // a bound on memory for a huge input without markers
        return earlier
    }

    /// The line of the first paragraph in `bucket` that `entry` repeats (two lookups per
    /// paragraph, without an array of the two buckets).
    private func match(_ entry: Entry, _ bucket: [Int]?) -> Int? {
        bucket?.first(where: { EditedRepeats.repeats(entries[$0], entry) }).map { entries[$0].line }
    }

    /// Candidates are found by their first or last `anchor` letters (an edit rarely touches
    /// both); a bucket keeps its 8 latest paragraphs (a common opening, 今年以来我镇, fills it).
    private static func add(_ id: Int, to bucket: inout [Int]) {
        if bucket.count == 8 { bucket.removeFirst() }
        bucket.append(id)
    }

    private static func repeats(_ a: Entry, _ b: Entry) -> Bool {
        let x = a.letters, y = b.letters
        let shorter = min(x.count, y.count)
        var prefix = 0
        while prefix < shorter, x[prefix] == y[prefix] { prefix += 1 }
        // The same letters after the markers: an item pasted again under another number.
        if prefix == x.count, x.count == y.count { return true }
        var suffix = 0
        while suffix < shorter - prefix, x[x.count - 1 - suffix] == y[y.count - 1 - suffix] { suffix += 1 }
        let dx = x.count - prefix - suffix, dy = y.count - prefix - suffix
        // A few letters inserted (or dropped), or one figure changed, near the earlier paragraph.
        // (A figure changed is no restatement of the work as a plan: that adds words, 继续 or 力争.)
        if b.order - a.order <= window {
            let long = x.count >= y.count ? x : y, short = x.count >= y.count ? y : x
            if a.section == b.section, dx != dy,
               inserted(long[prefix..<(long.count - suffix)], into: short[prefix..<(short.count - suffix)], shorter: shorter) { return true }
            if oneFigure(x, y, prefix: prefix, suffix: suffix) { return true }
        }
        // Whole clauses dropped or added inside the paragraph (`EditedRepeats+Clauses`).
        if clauseEdited(x, a.clauseStarts, y, b.clauseStarts, prefix: prefix) { return true }
        // The same body after another opening clause.
        let openX = x.count - suffix, openY = y.count - suffix
        guard suffix >= bodyLetters, openX <= openingLetters, openY <= openingLetters, openX + openY > 0,
              openX == 0 || a.clauseStarts.contains(openX), openY == 0 || b.clauseStarts.contains(openY),
              a.clauseStarts.contains(where: { $0 > openX && $0 < x.count }) else { return false }
        let words = { (s: ArraySlice<UInt32>) in s.filter { NumberParser.digitValue($0) == nil && !CharClass.numeral($0) } }
        return words(x[..<openX]) != words(y[..<openY])
    }

    /// `long` is `short` with at most two runs of letters inserted, `maximumInsert` letters in
    /// all (a quarter of the shorter paragraph at most), none of them a digit (a figure changed).
    private static func inserted(_ long: ArraySlice<UInt32>, into short: ArraySlice<UInt32>, shorter: Int) -> Bool {
        let extra = long.count - short.count
        guard extra > 0, extra <= maximumInsert, extra * 4 <= shorter else { return false }
        var i = long.startIndex, j = short.startIndex, runs = 0, inRun = false
        while i < long.endIndex {
            if j < short.endIndex, long[i] == short[j] {
                j += 1; inRun = false
            } else {
                if NumberParser.digitValue(long[i]) != nil { return false }
                if !inRun { runs += 1; inRun = true }
                if runs > 2 { return false }
            }
            i += 1
        }
        return j == short.endIndex
    }

    /// The paragraphs differ in one figure only (发放宣传资料500余份 / 600余份: a copy whose figure
    /// was edited), which is not a date or an ordinal (3月份 / 5月份, 第3批 / 第5批: another event).
    /// A formula filled in again differs in several figures (召开会议2次…经费43.8万元 / 5次…21.5万元).
    private static func oneFigure(_ x: [UInt32], _ y: [UInt32], prefix: Int, suffix: Int) -> Bool {
        let isDigit = { (s: UInt32) in NumberParser.digitValue(s) != nil }
        guard x.count - prefix - suffix <= 6, y.count - prefix - suffix <= 6, x.count != prefix + suffix || y.count != prefix + suffix,
              x[prefix..<(x.count - suffix)].allSatisfy(isDigit), y[prefix..<(y.count - suffix)].allSatisfy(isDigit) else { return false }
        // The whole figure: the digits the two share on either side of the change belong to it.
        var before = prefix
        while before > 0, isDigit(x[before - 1]) { before -= 1 }
        var after = x.count - suffix
        while after < x.count, isDigit(x[after]) { after += 1 }
        guard after > before else { return false }
        if before > 0, x[before - 1] == U.s("第") { return false }
        if after < x.count, [U.s("年"), U.s("月"), U.s("日"), U.s("号")].contains(x[after]) { return false }
        return true
    }

    private static func endsSentence(_ line: LineText) -> Bool {
        var end = line.count
        while end > line.contentStart, line.cls(end - 1).contains(.space) { end -= 1 }
        return end > line.contentStart && line.cls(end - 1).contains(.sentenceEnd)
    }

    private static func hash(_ letters: ArraySlice<UInt32>) -> UInt64 {
        FNV1a.hash(letters)
    }
}
