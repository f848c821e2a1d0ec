/// The labels of `TotalParts.nextSentence`: what names the parts, whether they partition a
/// whole, and whether a figure of the sentence before is that whole.
extension TotalParts {
    typealias PartLabel = (scalars: [UInt32], range: Range<Int>)

    /// Each part's label: its clause from the end of the part before (spaces and 其中 stepped over)
    /// up to its figure. `scalars` is `label(_:from:to:)` (letters only, no copula); `range` keeps
    /// the digits (18-34岁 for `AgeBands`).
    static func partLabels(_ line: LineText, _ parts: [QuantityHit], from start: Int) -> [PartLabel] {
        parts.enumerated().map { offset, part in
            let from = offset == 0 ? start : parts[offset - 1].end
            var at = max(from, Sentences.clauseStart(line, before: part.start))
            while at < part.start, line.cls(at).contains(.space) || line.matches(breakdownLead, at: at) {
                at += line.matches(breakdownLead, at: at) ? 2 : 1
            }
            return (label(line, from: from, to: part.start).scalars, at..<part.start)
        }
    }

    /// 党员中男的 → 男的, and 党员 names the whole: a locative 中 after two letters or more (not the
    /// 中 of 其中) frames the parts as kinds of the noun before it.
    static func framedWhole(_ label: inout [UInt32]) -> [UInt32]? {
        guard let at = label.firstIndex(of: U.s("中")), at >= 2, at + 1 < label.count, label[at - 1] != U.s("其") else { return nil }
        let frame = Array(label[..<at])
        label = Array(label[(at + 1)...])
        return frame
    }

    /// 全县常住人口中,男性人口为…: a clause of its own ending in 中 (not 其中) before the first part's
    /// clause frames the parts as the noun before it.
    static func clauseFrame(_ line: LineText, _ sentence: Range<Int>, _ first: QuantityHit) -> [UInt32]? {
        let clause = Sentences.clauseStart(line, before: first.start)
        var end = clause - 1
        guard end > sentence.lowerBound, line[end] == U.comma || line[end] == U.colon else { return nil }
        while end > sentence.lowerBound, !line.cls(end - 1).contains(.ideograph) { end -= 1 }
        let start = max(sentence.lowerBound, Sentences.clauseStart(line, before: end))
        guard end - start >= 3, line[end - 1] == U.s("中"), line[end - 2] != U.s("其"),
              (start..<end).allSatisfy({ line.cls($0).contains(.ideograph) }) else { return nil }
        return Array(line.norm[start..<(end - 1)])
    }

    /// The letters every label ends with (党员 of 男党员 / 女党员; 人口 of 城镇人口 / 乡村人口),
    /// empty when the labels share none (男 / 女).
    static func headNoun(_ labels: [[UInt32]]) -> [UInt32] {
        guard var tail = labels.first else { return [] }
        for label in labels.dropFirst() {
            var length = 0
            while length < tail.count, length < label.count, tail[tail.count - 1 - length] == label[label.count - 1 - length] { length += 1 }
            tail = Array(tail.suffix(length))
        }
        // 性 of 男性 / 女性 belongs to the sex word, not to the noun (男性人口: 人口).
        if tail.first == U.s("性") { tail.removeFirst() }
        // A tail as long as a label is no head: one label would be the noun alone.
        return labels.contains(where: { $0.count <= tail.count }) ? [] : tail
    }

    /// The whole's clause names the head: it holds the head's last two letters or more (性人口
    /// of 男性人口 is named by 总人口), or the one letter of a one-letter head (生 of 男生 / 女生).
    static func names(_ line: LineText, _ whole: QuantityHit, _ head: [UInt32]) -> Bool {
        guard !head.isEmpty else { return true }
        let start = Sentences.clauseStart(line, before: whole.start)
        var end = whole.end
        while end < line.count, !line.cls(end).contains(.clauseBreak) { end += 1 }
        for length in stride(from: head.count, through: min(2, head.count), by: -1) {
            let suffix = Array(head.suffix(length))
            if line.firstIndex(of: suffix, in: start..<whole.start) != nil || line.firstIndex(of: suffix, in: whole.end..<end) != nil { return true }
        }
        return false
    }

    /// A figure after 其中 / 包括 in its sentence is a part of something, not a whole.
    static func isSubsetFigure(_ line: LineText, _ figure: QuantityHit, in sentence: Range<Int>) -> Bool {
        Sentences.contains(line, subsetMarkers, in: sentence.lowerBound..<figure.start)
    }
    static let subsetMarkers = Lexicon(["其中", "包括"])

    /// The labels cover the whole between them: a closed pair (`exhaustivePair`), a last label
    /// naming the rest (其他, 其余 …), or age bands from 0 to an open end.
    static func partitions(_ line: LineText, _ parts: [QuantityHit], _ labels: [PartLabel]) -> Bool {
        if let last = labels.last, restWords.prefix(in: last.scalars, at: 0) > 0 { return true }
        if labels.count == 2, exhaustivePair(labels[0].scalars, labels[1].scalars) { return true }
        // A closed set of classes (ClosedClasses), its context before the first part.
        if let first = parts.first, ClosedClasses.closedSet(labels.map(\.scalars), before: line.norm[..<first.start], measure: first.measure) != nil { return true }
        var bands = [(low: Int, high: Int?)]()
        for label in labels {
            guard let band = AgeBands.band(line, label.range) else { return false }
            bands.append(band)
        }
        return AgeBands.partitions(bands)
    }

    /// 男 / 女 (either order), X / 非X (`negated`), one letter 内 / 外, or 城 / 乡 (农) with the
    /// same head after two letters (城镇人口 / 乡村人口, 城市居民 / 农村居民).
    static func exhaustivePair(_ x: [UInt32], _ y: [UInt32]) -> Bool {
        guard let a = x.first, let b = y.first else { return false }
        if Set([a, b]) == Set([U.s("男"), U.s("女")]) { return true }
        if negated(x, y) || negated(y, x) { return true }
        if x.count == y.count, x.count >= 2 {
            let differing = zip(x, y).filter { $0 != $1 }
            if differing.count == 1, let pair = differing.first, Set([pair.0, pair.1]) == Set([U.s("内"), U.s("外")]) { return true }
        }
        let town = U.s("城"), country: Set<UInt32> = [U.s("乡"), U.s("农")]
        if x.count == y.count, x.count >= 2, (a == town && country.contains(b) || b == town && country.contains(a)) {
            return x.dropFirst(2).elementsEqual(y.dropFirst(2))
        }
        return false
    }

    /// Nothing but punctuation between the figure and the end of its list item or clause (男500人
    /// 外出务工 counts migrant workers, not the whole's people).
    static func closesClause(_ line: LineText, _ part: QuantityHit, _ hits: [QuantityHit]) -> Bool {
        var index = part.end
        while index < line.count, !line.cls(index).contains(.clauseBreak) {
            if line.cls(index).contains(.ideograph) { return Arithmetic.joiners.prefix(in: line.norm, at: index) > 0 }
            index += 1
        }
        return true
    }
}
