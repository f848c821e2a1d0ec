/// The person and attendance slots of `MissingNumberSlots.totals` (see there).
extension MissingNumberSlots {
    static let recipientPrepositions = ScalarSet("向给为".unicodeScalars.map(\.value))
    /// Letters after 位 that make a word or an idiom of it (位于, 位置, 位次, 位列, 位居, 位移, 位数, 位处,
    /// 位高权重, 位卑 …).
    static let weiWords = ScalarSet("于置次列居移数子阶处高卑".unicodeScalars.map(\.value))
    /// Last letters of nouns of persons a 位 counts (职工, 同志, 党员, 专家, 老人, 代表, 嘉宾 …).
    static let personHeads = ScalarSet("员工者人师生家长志表宾导友属士民众客辈".unicodeScalars.map(\.value))
    static let personReach = 8

    /// 向位离休职工: 位 after 向/给/为, a noun of persons ending within `personReach` letters.
    static func afterRecipient(_ line: LineText, _ index: Int) -> Hit? {
        guard line[index] == U.s("位"), recipientPrepositions.contains(line[index - 1]), line.cls(index + 1).contains(.ideograph),
              !line.cls(index + 1).contains(.cjkNumeral), !weiWords.contains(line[index + 1]) else { return nil }
        var position = index + 1
        while position < min(line.count, index + 1 + personReach), line.cls(position).contains(.ideograph) {
            if personHeads.contains(line[position]) { return make(line, index, index + 1, "位") }
            position += 1
        }
        return nil
    }

    /// 应到人、实到人: both halves of the pair in the line; 实到 opens its clause (after a mark,
    /// a space or the 人/名 of 应到), so 压实到人, 落实到人 (verbs) are never read.
    static func attendance(_ line: LineText, _ index: Int) -> Hit? {
        guard line[index] == U.s("人") || line[index] == U.s("名"), index >= 3, line[index - 1] == U.s("到"),
              index + 1 >= line.count || line.cls(index + 1).contains(.clauseBreak) else { return nil }
        let ying = U.s("应"), shi = U.s("实"), dao = U.s("到")
        if line[index - 2] == ying {
            // 应到 needs its 实到 later in the line.
            return (index..<(line.count - 1)).contains { line[$0] == shi && line[$0 + 1] == dao } ? make(line, index, index + 1, line.string(index..<(index + 1))) : nil
        }
        guard line[index - 2] == shi, !line.cls(index - 3).contains(.ideograph) || line[index - 3] == U.s("人") || line[index - 3] == U.s("名"),
              (0..<(index - 2)).contains(where: { line[$0] == ying && line[$0 + 1] == dao }) else { return nil }
        return make(line, index, index + 1, line.string(index..<(index + 1)))
    }
}
