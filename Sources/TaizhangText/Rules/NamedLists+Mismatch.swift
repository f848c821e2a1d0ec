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

    /// Measures of places and bodies (4处, 6所, 3座, 2支), counted like 个 after a list of names.
    static let placeMeasures: MeasureSet = ["处", "所", "座", "支"]

    static func sureMismatch(_ line: LineText, _ hits: [QuantityHit], _ hit: QuantityHit, _ n: Int) -> ArithmeticCheck? {
        guard countMeasures.contains(hit) || placeMeasures.contains(hit) else { return nil }
        return sureMismatch(line, hits, countStart: hit.start, countEnd: hit.end, n)
    }

    /// The same before a count the scanner reads no figure in (五大, `greatCounts`).
    static func sureMismatch(_ line: LineText, _ hits: [QuantityHit], countStart: Int, countEnd: Int, _ n: Int) -> ArithmeticCheck? {
        let hit = (start: countStart, end: countEnd)
        guard n >= 2, !notListEnd.contains(line[hit.start - 1]), line.cls(hit.start - 1).contains(.ideograph),
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
        guard plainSegments(segments, firstMayHoldVerb: !introduced) else { return nil }
        // 一年级、二年级、三年级、四年级两个班: members sharing a head count that head only.
        if Set(segments.map { $0.unicodeScalars.last }).count == 1, let head = segments[0].unicodeScalars.last,
           !(hit.end..<min(line.count, hit.end + 4)).contains(where: { line[$0] == head.value }) { return nil }
        guard sure(segments, n, delimited: introduced), listAfterVerb(line, clause..<hit.start, n: n) == nil else { return nil }
        return flag(line, start, hit.end, n, segments)
    }

    /// 2家(A、B、C), 三个村,即A、B、C、D: members after the count, delimited by a bracket
    /// (both ends known) or by 即/包括… and the clause end (only too many is sure there: the
    /// list may go on).
    static func sureMembers(_ line: LineText, _ from: Int, _ to: Int, _ range: Range<Int>, _ n: Int, bracketed: Bool) -> ArithmeticCheck? {
        guard n >= 2, range.count > 0, exemplifying.prefix(in: line.norm, at: range.lowerBound) == 0 else { return nil }
        let segments = topLevelSegments(line, range)
        guard plainSegments(segments, firstMayHoldVerb: false), sure(segments, n, delimited: bracketed) else { return nil }
        // 驻村7人(派驻A村、B村、C村驻村工作队员): persons counted are listed by their names
        // (two to four letters), not by where they serve.
        if (from..<range.lowerBound).contains(where: { personMeasures.contains(line[$0]) }),
           !segments.allSatisfy({ LineText.characters($0) <= 4 }) { return nil }
        return flag(line, from, to, n, segments)
    }

    /// Words that open examples, a part or another noun's list, not the members: 如A、B,
    /// 含A、B, 其中A、B, 5个项目(涉及A镇、B镇…), 3名专家(来自A、B、C、D).
    static let exemplifying = Lexicon(["如", "例如", "比如", "譬如", "含", "其中", "主要", "重点", "包含", "约", "共", "分别",
                                       "涉及", "分布", "位于", "覆盖", "遍布", "来自", "分属", "隶属", "属于", "辐射", "惠及", "带动", "联系", "对接"])

    static let personMeasures: ScalarSet = [U.s("人"), U.s("名"), U.s("位"), U.s("户")]

    /// More 、-segments than the count, or (delimited) fewer members than it with every
    /// 和/及/与 read as a joiner.
    static func sure(_ segments: [String], _ n: Int, delimited: Bool) -> Bool {
        let joiners = segments.reduce(0) { sum, segment in sum + segment.filter { "和及与".contains($0) }.count }
        return segments.count > n || delimited && segments.count + joiners < n
    }

    /// Each segment plainly one name or more: 2–12 letters (the first up to 20 when it may
    /// hold the verb before the list), no figure, no clause punctuation, not left open (等,
    /// 之类), no 分别/各; and no short modifiers sharing one 的 (城区、郊区的幼儿园).
    static func plainSegments(_ segments: [String], firstMayHoldVerb: Bool) -> Bool {
        guard segments.count >= 2 else { return false }
        for (index, segment) in segments.enumerated() {
            let letters = LineText.characters(segment)
            guard letters >= 2, letters <= (index == 0 && firstMayHoldVerb ? 20 : 12),
                  !segment.unicodeScalars.contains(where: { isFigure($0) || isClausePunctuation($0) }),
                  !leavesOut(segment), !segment.contains("之类"), !segment.contains("分别"), !segment.contains("各") else { return false }
        }
        if let modified = segments.dropFirst().firstIndex(where: { $0.contains("的") }),
           segments[..<modified].allSatisfy({ LineText.characters($0) <= 3 }) { return false }
        return true
    }

    static func flag(_ line: LineText, _ from: Int, _ to: Int, _ n: Int, _ segments: [String]) -> ArithmeticCheck {
        ArithmeticCheck(kind: "sum", text: line.string(from..<to), line: line.number, column: line.column(of: from),
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
