/// 女性人口54882人,…;0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、…和25594人:
/// a 分别为 list whose clause (after a semicolon or a full stop, or after a comma when the
/// subject enumerates its labels with 、) holds a subject of its own
/// breaks down what that subject names, not the figure before it. The subject's head noun
/// is its last letters (户籍人口); its whole is the earlier figure of the line whose noun
/// shares more of that head than the figure before the list does (年末全县户籍人口为112635人).
/// - a whole found: the list is read against it — agreement, or a flag when the labels
///   partition their range (age bands from 0 or 以下 to 以上, `AgeBands`);
/// - no figure names the head better than the one before the list: the usual reading;
/// - otherwise the usual reading (labels alone, 城镇、乡村分别为, are kinds of the figure before;
///   so may be a noun the letters do not show: 学生 / 女生人数).
/// Twenty-first pass (sumshapes): z03's false flag "total 54882人 < 18891 + …".
extension TotalParts {
    /// Letters before a figure that link its noun to it (户籍人口为112635人).
    static let copulas: Set<UInt32> = [U.s("为"), U.s("是"), U.s("达"), U.s("有"), U.s("计"), U.s("共")]

    /// The subject of a covering marker (分别为) in a clause of its own: its range, else nil.
    static func listSubject(_ line: LineText, marker: Int, total: QuantityHit) -> Range<Int>? {
        guard covering.prefix(in: line.norm, at: marker) > 0 else { return nil }
        let start = Sentences.listStart(line, before: marker)
        // After a comma only a subject that enumerates its labels (青年、中年学员分别为…) is one of
        // its own: a bare noun there (,男女分别为) may be the figure's own breakdown.
        guard start > total.end, start > 0, line.cls(start - 1).contains(.sentenceEnd) || line[start - 1] == U.semicolon
                || line[start - 1] == U.comma && (start..<marker).contains(where: { line[$0] == U.ideoComma }),
              (start..<marker).filter({ line.cls($0).contains(.ideograph) }).count >= 2 else { return nil }
        return start..<marker
    }

    /// How many letters the noun right before `figure` (a copula stepped over) shares with the
    /// end of `subject`.
    static func sharedHead(_ line: LineText, _ figure: QuantityHit, _ subject: Range<Int>) -> Int {
        var end = figure.start
        if end > 0, copulas.contains(line[end - 1]) { end -= 1 }
        var shared = 0
        while end - shared > 0, subject.upperBound - shared > subject.lowerBound,
              line.cls(end - shared - 1).contains(.ideograph), line[end - shared - 1] == line[subject.upperBound - shared - 1] { shared += 1 }
        return shared
    }

    /// The list after `marker` read against the whole its subject names (see above). Returns
    /// `.some(nil)` when the list is not the total's and nothing is read; nil for the usual reading.
    static func subjectWhole(_ line: LineText, _ hits: [QuantityHit], _ index: Int, marker: Int,
                             subject: Range<Int>, _ sentences: [Range<Int>]) -> ArithmeticCheck?? {
        let total = hits[index]
        let own = sharedHead(line, total, subject)
        let wholes = hits[..<index].filter { isPart($0, of: total) && !$0.isApproximate && $0.normalized > 0 }
        let best = wholes.map { ($0, sharedHead(line, $0, subject)) }.max { $0.1 < $1.1 }
        // No better whole: the usual reading.
        // (Nothing read there was tried: GeneralisationSeriesZTests' 学生500人,男、女生人数分别为… and
        // 交易额达500亿元。…销售额分别为… are wholes named by a kind of noun the letters do not show.)
        guard let (whole, shared) = best, shared >= 2, shared > own else { return nil }
        // The list: figures of the whole's measure after the marker, joined by 、/和/及 only.
        let sentence = sentences[Sentences.sentence(of: marker, in: sentences)]
        let members = hits[(index + 1)...].filter { $0.start > marker && $0.start < sentence.upperBound && isPart($0, of: whole) }
        guard members.count >= 2, oneList(line, members), !members.contains(where: \.isApproximate) else { return .some(nil) }
        let (sum, tolerance, agrees) = Sentences.partsSum(members, of: whole)
        guard agrees || AgeBands.partition(line, subject) == members.count else { return .some(nil) }
        let statement = "total \(Sentences.format(whole.value))\(whole.unit) \(agrees ? "=" : "≠") "
            + Sentences.partsTerms(members, of: whole, sum: sum)
            + " (tolerance ±\(Sentences.format(tolerance))); the list's subject "
            + line.string((subject.upperBound - shared)..<subject.upperBound) + " names the whole"
            + (agrees ? "" : ", its labels cover every value")
        return .some(Arithmetic.make(line, "sum", subject.lowerBound, members.last!.end, statement, agrees))
    }
}
