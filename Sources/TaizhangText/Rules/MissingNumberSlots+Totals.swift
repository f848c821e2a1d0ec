/// Deleted counts that the clause-end and verb-slot rules miss because the measure word is not
/// right after a verb of their list (zfix, session 14; gated by grammar in missing15, issue #14).
/// Each slot needs two signs that a number stood there, because a measure letter alone is most
/// often the last letter of a noun (检查单位, 帮扶贫困户, 查处车辆):
/// - under the total adverb 共 (共计/累计/合计/总计): the clause ends on a measure word after plain
///   letters, AND the rest of its sentence takes the total up — 其中 breaks it down or a rate
///   (率, %) is computed on it (全年共主动公开条,其中…; 共收住病人人,满意率…). A 、 is no clause end
///   here: a list (共检查单位、学校、工地120家) brings its count at its end. 人 counts only after a
///   noun of persons (选民人, 病人人), 户 only doubled (农户户), any other measure letter not
///   after a noun it closes (`totalWords`: 车辆, 纸张, 枪支 …);
/// - 位, the honorific classifier of persons, after 向/给/为 and before a noun of persons within
///   a few letters (向位离休职工汇报; 向位置偏远的村 is a word, 位于/位列 too);
/// - 人/名 in an attendance pair: 应到 … 实到 both in the line, 实到 opening its clause
///   (党员应到人、实到人); 压实到人, 落实到人, 核实到人 are verbs of responsibility.
extension MissingNumberSlots {
    static let totalAdverbs = Lexicon(["共计", "累计", "合计", "总计", "共"])
    /// Measure words a 共-clause may end on. Not those the clause-end rule reads with its own
    /// gates (次, 场, 项, 件, 台 …), and not the measure letters that are also productive noun
    /// suffixes (户, 所, 处, 期, 间, 位, 名: 贫困户, 司法所, 秘书处, 高峰期, 卫生间, 吨位, 笔名 — no
    /// list can hold them all), except a doubled 户 (农户户: a noun of households, then its count).
    static let totalMeasureLetters = "条人个批支辆张起户位名"
    static let totalMeasures = ScalarSet(totalMeasureLetters.unicodeScalars.map(\.value))
    static let suffixMeasures = ScalarSet("户所处期间位名".unicodeScalars.map(\.value))
    /// Last letters of nouns of persons, before a classifier 人.
    static let personNounEnds = ScalarSet("人民员生者众".unicodeScalars.map(\.value))
    static let reach = 10
    /// How far after the clause the sentence is read for 其中 or a rate.
    static let onwardReach = 40

    /// Where `totals` stops: the measure letters as one bitset (`CandidateMask`).
    static let totalStops = CandidateMask(Lexicon(totalMeasureLetters.map(String.init)))

    /// One skip over the line (a bit test a letter): the branches run only at a measure letter
    /// (each then asks for its own letters: 共/计 before, 向/给/为 before 位, 应到/实到).
    static func totals(_ line: LineText) -> [Hit] {
        var hits = [Hit]()
        let (stops, measures, count) = (totalStops, totalMeasures, line.count)
        var index = 1
        while index < count {
            index = stops.next(in: line.norm, from: index, to: count)
            guard index < count else { break }
            if measures.contains(line[index]), let hit = underTotal(line, index) ?? afterRecipient(line, index) ?? attendance(line, index) {
                hits.append(hit)
            }
            index += 1
        }
        return hits
    }

    /// Whether a clause ends at `end`: , ; : 。 ! ? (not 、, which goes on with a list), or 其中.
    static func closes(_ line: LineText, _ end: Int) -> Bool {
        guard end < line.count else { return true }
        let scalar = line[end]
        return scalar != U.ideoComma && line.cls(end).contains(.clauseBreak) || line.matches([U.s("其"), U.s("中")], at: end)
    }

    static func underTotal(_ line: LineText, _ index: Int) -> Hit? {
        guard closes(line, index + 1), line.cls(index - 1).contains(.ideograph), !line.cls(index - 1).contains(.cjkNumeral) else { return nil }
        if line[index] == U.s("人") {
            guard personNoun(line, endingAt: index) else { return nil }
        } else if suffixMeasures.contains(line[index]) {
            // 农户户 (but 家家户户: a reduplication, no count).
            guard line[index] == U.s("户"), line[index - 1] == U.s("户"), line[index - 2] != line[index - 3] else { return nil }
        } else if MissingNumberRule.wordsEndingInMeasure.suffix(in: line.norm, endingAt: index + 1) > 1
                    || totalWords.suffix(in: line.norm, endingAt: index + 1) > 1 {
            return nil
        }
        guard takenUp(line, after: index + 1) else { return nil }
        // Back through plain letters only (no figure, numeral, blank or mark) to the adverb.
        var start = index - 1
        while start >= max(0, index - reach) {
            guard line.cls(start).contains(.ideograph), !MissingNumberRule.numeralLike.contains(line[start]) else { return nil }
            let length = totalAdverbs.prefix(in: line.norm, at: start)
            if length > 0, start + length < index {
                if length == 1, gongWords.contains(line[start + 1]) || start > 0 && gongBefore.contains(line[start - 1]) { return nil }
                return make(line, index, index + 1, line.string(index..<(index + 1)))
            }
            start -= 1
        }
        return nil
    }

    /// A noun of persons ends at `end` (before a classifier 人): 选民, 党员, 学生, 病人, 群众 —
    /// not 陌生 or 众 alone (陌生人, 众人 are words), nor 人 after a verb (人人).
    static func personNoun(_ line: LineText, endingAt end: Int) -> Bool {
        let last = line[end - 1], before = line[end - 2]
        guard personNounEnds.contains(last) else { return false }
        if last == U.s("众") { return before == U.s("群") }
        if last == U.s("生") { return before != U.s("陌") }
        // 人人 is a word (惠及人人, 做到人人) unless the first 人 closes a noun of persons (病人人).
        if last == U.s("人") { return personNounsInRen.suffix(in: line.norm, endingAt: end) > 1 }
        return true
    }

    /// The rest of the sentence after a total's clause breaks it down (其中) or computes a rate on
    /// it (率, %): the total was a figure.
    static func takenUp(_ line: LineText, after start: Int) -> Bool {
        var position = start
        while position < min(line.count, start + onwardReach) {
            let scalar = line[position]
            if position > start, line.cls(position).contains(.sentenceEnd) { return false }
            if scalar == U.s("率") || scalar == U.percent || line.matches([U.s("其"), U.s("中")], at: position) { return true }
            position += 1
        }
        return false
    }
}
