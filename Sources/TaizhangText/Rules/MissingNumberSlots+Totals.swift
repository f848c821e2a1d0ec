/// Deleted counts that the clause-end and verb-slot rules miss because the measure word is not
/// right after a verb of their list (twentieth pass, zfix; issue #14):
/// - a clause led by the total adverb 共 (or 共计/累计/合计/总计) that ends on a measure word with
///   no figure anywhere after the adverb: 共 asks for a count, so 全年共主动公开条,其中… and
///   共收住病人人, lost one. 人 counts only after a noun of persons (选民人, 病人人): after any
///   other letter it closes a noun (负责人, 联系人);
/// - 位, the honorific classifier of persons, right after a preposition of the recipient
///   (向/给/为) and before a noun: 向位离休职工汇报 (位于, 位置, 位次, 位列, 位居 are words);
/// - 人/名 after 应到 or 实到, the attendance pair (应到人、实到人): 落实到人 is an idiom, not a count.
extension MissingNumberSlots {
    /// Letters whose presence makes `totals` worth reading (one pass over the line).
    static let totalTriggers = ScalarSet("共计位到".unicodeScalars.map(\.value))
    static let totalAdverbs = Lexicon(["共计", "累计", "合计", "总计", "共"])
    /// Letters after 共 that make a word of it (共同, 共享, 共建, 共产党 …), not the adverb.
    static let gongWords = ScalarSet("同享建产识青治商赢担鸣谋振融存处性通用和话筑创".unicodeScalars.map(\.value))
    /// Letters before 共 that make a word of it (公共, 中共).
    static let gongBefore = ScalarSet("公中".unicodeScalars.map(\.value))
    /// Measure words a 共-clause may end on (the clause-end rule reads 次, 场, 项 … already).
    static let totalMeasures = ScalarSet("条人名个户所位批期处支辆张间起件项次场篇份家座台套册例".unicodeScalars.map(\.value))
    /// Last letters of nouns of persons, before a classifier 人.
    static let personNounEnds = ScalarSet("人民员生者众".unicodeScalars.map(\.value))
    /// Words that end in a measure letter of `totalMeasures` beyond `wordsEndingInMeasure`.
    static let moreWordsEndingInMeasure = Lexicon(["头条", "线条", "萧条", "教条", "苗条", "有条", "链条", "面条", "排名", "报名",
                                                   "署名", "提名", "命名", "联名", "实名", "点名", "知名", "一个", "各个", "整个",
                                                   "单个", "每个", "这个", "那个", "哪个", "几个", "该户", "各户", "农户", "住户",
                                                   "场所", "处所", "住所", "厕所", "诊所", "各处", "到处", "好处", "难处", "用处"])
    static let reach = 10
    static let recipientPrepositions = ScalarSet("向给为".unicodeScalars.map(\.value))
    static let weiWords = ScalarSet("于置次列居".unicodeScalars.map(\.value))

    static func totals(_ line: LineText) -> [Hit] {
        let triggers = totalTriggers
        guard (0..<line.count).contains(where: { triggers.contains(line[$0]) }) else { return [] }
        var hits = [Hit]()
        var index = 1
        while index < line.count {
            let scalar = line[index]
            if totalMeasures.contains(scalar), let hit = underTotal(line, index) ?? afterRecipient(line, index) ?? attendance(line, index) {
                hits.append(hit)
            }
            index += 1
        }
        return hits
    }

    /// Whether `end` closes a phrase: a clause break or 其中.
    static func closes(_ line: LineText, _ end: Int) -> Bool {
        end >= line.count || line.cls(end).contains(.clauseBreak) || line[end] == U.comma || line[end] == U.semicolon
            || line[end] == U.colon || line[end] == U.ideoComma || line.matches([U.s("其"), U.s("中")], at: end)
    }

    static func underTotal(_ line: LineText, _ index: Int) -> Hit? {
        guard closes(line, index + 1), line.cls(index - 1).contains(.ideograph), !line.cls(index - 1).contains(.cjkNumeral) else { return nil }
        if line[index] == U.s("人") ? !personNounEnds.contains(line[index - 1]) : false { return nil }
        if line[index] != U.s("人"), MissingNumberRule.wordsEndingInMeasure.suffix(in: line.norm, endingAt: index + 1) > 1
            || moreWordsEndingInMeasure.suffix(in: line.norm, endingAt: index + 1) > 1 { return nil }
        // Back through plain letters only (no figure, numeral, blank or mark) to the adverb.
        var start = index - 1
        while start >= max(0, index - reach) {
            guard line.cls(start).contains(.ideograph), !MissingNumberRule.numeralLike.contains(line[start]) else { return nil }
            let length = totalAdverbs.prefix(in: line.norm, at: start)
            if length > 0, start + length < index {
                if length == 1, gongWords.contains(line[start + 1]) || gongBefore.contains(line[start - 1]) { return nil }
                return make(line, index, index + 1, line.string(index..<(index + 1)))
            }
            start -= 1
        }
        return nil
    }

    static func afterRecipient(_ line: LineText, _ index: Int) -> Hit? {
        guard line[index] == U.s("位"), recipientPrepositions.contains(line[index - 1]), line.cls(index + 1).contains(.ideograph),
              !line.cls(index + 1).contains(.cjkNumeral), !weiWords.contains(line[index + 1]) else { return nil }
        return make(line, index, index + 1, "位")
    }

    static func attendance(_ line: LineText, _ index: Int) -> Hit? {
        guard line[index] == U.s("人") || line[index] == U.s("名"), index >= 2, line[index - 1] == U.s("到"),
              line[index - 2] == U.s("应") || line[index - 2] == U.s("实") && line[index - 3] != U.s("落"),
              closes(line, index + 1) else { return nil }
        return make(line, index, index + 1, line.string(index..<(index + 1)))
    }
}
