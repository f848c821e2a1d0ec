/// A count right after a free 、-list that cannot match it under any reading (issue #14,
/// namedcount): 内容包括A、B、C、D、E、F五个部分.
///
/// Each 、 (outside brackets and quotes) sets apart at least one member, whatever an item
/// holds (存在问题和改进措施 is one member or two, never none), so more 、-segments than the
/// count is a sure error; and after an enumerating verb (包括, 即, 分为 …) the list is
/// delimited on both sides, so fewer members than the count — every 和/及/与 read as a
/// joiner — is one too. The readings where a segment is no member of the count are excluded
/// by grammar, not by phrase: a 等 (the list may be open), a figure in a segment (a breakdown),
/// a function letter between list and count (合并为两个, 各2个, 其中两个), a second count glued
/// to the first (三省一市), a noun counted that is not the members' shared head (一年级、…、
/// 四年级两个班), and modifiers that share one 的 (城区、郊区的幼儿园).
extension NamedLists {
    static let enumeratingVerbs = Lexicon(["包括", "包含", "涵盖", "即", "分为", "分成", "涉及"])

    /// Letters that, right before a count, make it the object or a part of something other
    /// than the list (为/成 a result, 各/均/每 a distribution, 中/内 a subset, 的/之 a modifier).
    static let notListEnd: Set<UInt32> = Set("为成了到至达有是共计出于中内外的之各均都每等及和与或".unicodeScalars.map(\.value))

    static func sureMismatch(_ line: LineText, _ hits: [QuantityHit], _ hit: QuantityHit, _ n: Int) -> ArithmeticCheck? {
        guard n >= 2, countMeasures.contains(hit.measure), !notListEnd.contains(line[hit.start - 1]),
              line.cls(hit.start - 1).contains(.ideograph),
              !(hit.end..<(hit.end + 3)).contains(where: { line.cls($0).contains(.cjkNumeral) || line.cls($0).contains(.digit) }) else { return nil }
        let clause = afterEarlierCount(line, hits, from: Sentences.listStart(line, before: hit.start), to: hit.start)
        guard let firstComma = (clause..<hit.start).first(where: { line[$0] == U.ideoComma }) else { return nil }
        // The list starts after the last enumerating verb before its first 、, else at the clause.
        var start = clause, introduced = false
        for at in clause..<firstComma {
            let length = enumeratingVerbs.prefix(in: line.norm, at: at)
            if length > 0, at + length < firstComma { start = at + length; introduced = true }
        }
        let segments = topLevelSegments(line, start..<hit.start)
        guard segments.count >= 2 else { return nil }
        for (index, segment) in segments.enumerated() {
            let letters = LineText.characters(segment)
            guard letters >= 2, letters <= (index == 0 && !introduced ? 20 : 12),
                  !segment.unicodeScalars.contains(where: { isFigure($0) || isClausePunctuation($0) }),
                  !leavesOut(segment), !segment.contains("之类"), !segment.contains("分别"), !segment.contains("各") else { return nil }
        }
        // 城区、郊区的幼儿园: short segments before one holding 的 may modify its noun.
        if let modified = segments.dropFirst().firstIndex(where: { $0.contains("的") }),
           segments[..<modified].allSatisfy({ LineText.characters($0) <= 3 }) { return nil }
        // 一年级、二年级、三年级、四年级两个班: members sharing a head count that head only.
        if sharedHead(segments) || segments.count >= 2 && Set(segments.map { $0.unicodeScalars.last }).count == 1,
           let head = segments[0].unicodeScalars.last,
           !(hit.end..<min(line.count, hit.end + 4)).contains(where: { line[$0] == head.value }) { return nil }
        let joiners = segments.reduce(0) { sum, segment in sum + segment.filter { "和及与".contains($0) }.count }
        let over = segments.count > n
        let under = introduced && segments.count + joiners < n
        guard over || under, listAfterVerb(line, clause..<hit.start, n: n) == nil else { return nil }
        return ArithmeticCheck(kind: "sum", text: line.string(start..<hit.end), line: line.number, column: line.column(of: start),
                               statement: "count check: \(n) = " + segments.joined(separator: " + "), consistent: false)
    }

    /// The list split at each 、 outside brackets, quotes and titles, joiners left inside.
    static func topLevelSegments(_ line: LineText, _ range: Range<Int>) -> [String] {
        var segments = [String](), start = range.lowerBound, depth = 0
        for index in range {
            let scalar = line[index]
            if scalar == U.lparen || scalar == U.lquote || scalar == U.lbook { depth += 1 }
            else if scalar == U.rparen || scalar == U.rquote || scalar == U.rbook { depth = max(0, depth - 1) }
            else if scalar == U.ideoComma, depth == 0 { segments.append(line.string(start..<index)); start = index + 1 }
        }
        segments.append(line.string(start..<range.upperBound))
        return segments
    }
}
