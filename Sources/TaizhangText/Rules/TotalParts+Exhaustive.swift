/// Parts after 其中 that name the whole by their labels, so that they must add up:
/// - the last is the rest: 其他/其余/剩余/另 (国税161万元,地税778万元,其他380万元);
/// - two complementary labels: 男/女 (男职工25人,女职工31人), X and 非X (贫困村3个,非贫困
///   村4个), X内 and X外 (省内…,省外…).
/// A lone 其中 otherwise names a subset and is never flagged.
extension TotalParts {
    static let restWords = Lexicon(["其他", "其它", "其余", "剩余", "余下", "另有"])

    static func exhaustive(_ line: LineText, _ members: [QuantityHit], after marker: Int) -> Bool {
        let labels = members.enumerated().map { offset, part in
            label(line, from: offset == 0 ? marker : members[offset - 1].end, to: part.start)
        }
        if let last = labels.last, restWords.prefix(in: last.scalars, at: 0) > 0 { return true }
        // 其中初中6861人,小学14060人 under 义务教育; 城镇…,农村…; 第一/二/三产业…: a closed set (ClosedClasses).
        if ClosedClasses.closedSet(labels.map(\.scalars), before: line.norm[..<marker], measure: members[0].measure) != nil { return true }
        guard labels.count == 2, let a = labels.first, let b = labels.last, !a.scalars.isEmpty, !b.scalars.isEmpty else { return false }
        let x = a.scalars, y = b.scalars
        if (x[0] == U.s("男") && y[0] == U.s("女")) || (x[0] == U.s("女") && y[0] == U.s("男")) { return true }
        if negated(x, y) || negated(y, x) { return true }
        if x.count == y.count, x.count >= 2 {
            let differing = zip(x, y).filter { $0 != $1 }
            if differing.count == 1, let pair = differing.first,
               Set([pair.0, pair.1]) == Set([U.s("内"), U.s("外")]) { return true }
        }
        return false
    }

    /// Parts in separate clauses that exceed the total (fifteenth pass, errprobe): an error
    /// only where two lines of breakdown (男党员30人,党员干部25人) cannot explain it — the
    /// total stands right before the marker, nothing but the parts follows it, and either
    /// one part alone exceeds the total or every label ends in 类 (咨询类210件,投诉类98件:
    /// classes of one classification do not overlap).
    static func plainlyExceeded(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ members: [QuantityHit],
                                after marker: Int, tolerance: Double) -> Bool {
        let total = hits[index]
        // No bracket around the marker (副局长3名(其中…),…1名: the parts after it are not its).
        guard members.count >= 2, (total.end..<marker).allSatisfy({ !line.cls($0).contains(.ideograph) && line[$0] != U.lparen }),
              let last = members.last, !(marker..<last.start).contains(where: { line[$0] == U.rparen }),
              hits.filter({ $0.start > marker && $0.start <= last.start }).count == members.count,
              // 其中工业3亿元,占全县任务10亿元的50%: a whole of a share is no part, and a rate
              // in the last part's clause makes it no plain list either.
              !members.contains(where: { Ratios.isWholeOrTarget(line, $0, hits) }),
              hits.first(where: { $0.start > last.start }).map({ Sentences.clauseStart(line, before: $0.start) > last.end }) ?? true
        else { return false }
        let labels = members.enumerated().map { offset, part in
            label(line, from: offset == 0 ? marker : members[offset - 1].end, to: part.start).scalars
        }
        // 平均办理时间52.86天,其中民事案件平均办理时间47.9天: averages (均) are no parts.
        guard !labels.contains(where: { $0.contains(U.s("均")) }) else { return false }
        let scale = total.number.magnitude
        if members.contains(where: { $0.normalized / scale > total.value + tolerance }) { return true }
        return labels.allSatisfy { $0.last == U.s("类") } || namesTheRest(labels) || oneAttribute(labels)
    }

    /// 其中有效公开案件2262件,无效公开案件37件; 旱田面积…,水田面积…; 一审生效案件…,二审生效案件…:
    /// labels of one length that differ in one letter at the same place name values of one
    /// attribute of the same noun — a partition, unlike two lines of breakdown (党员32人,大专以上
    /// 学历48人; 男党员30人,党员干部25人), whose labels differ in more. Eighteenth pass (wrongsum);
    /// only for parts above the total (`plainlyExceeded`).
    static func oneAttribute(_ labels: [[UInt32]]) -> Bool {
        guard labels.count >= 2, let first = labels.first, first.count >= 2,
              labels.allSatisfy({ $0.count == first.count && $0.allSatisfy { CharClass.of($0).contains(.ideograph) } }) else { return false }
        let differing = Set(labels.dropFirst().flatMap { label in first.indices.filter { label[$0] != first[$0] } })
        guard differing.count == 1, let place = differing.first else { return false }
        // Every label holds its own letter there (一审, 二审, 三审: no two parts alike).
        return Set(labels.map { $0[place] }).count == labels.count
    }

    /// 医院3.5亿人次,同比提高10.6%,环比下降4.4%,其中:公立医院2.9亿人次,同比提高10.6%,环比下降4.8%;
    /// 民营医院0.6亿人次,同比提高10.6%,环比下降2.2%: rows of a flattened table — after 其中:, parts
    /// between semicolons, each followed by the same changes as the total (the words opening
    /// each change clause alike), each labelled by the total's own noun after a modifier (公立医院
    /// of 医院). Kinds of the total's noun reported row by row are one classification, so parts
    /// above the total are an error. Without the rows' changes (重点学校10所,寄宿学校20所 of 学校)
    /// kinds may overlap and are left. Eighteenth pass (wrongsum); only for parts above the total.
    static func parallelRows(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ members: [QuantityHit], after marker: Int) -> Bool {
        let total = hits[index]
        guard members.count >= 2, line.matches([U.s("其"), U.s("中"), U.colon], at: marker) else { return false }
        // The total's noun: the ideographs right before its figure, after its clause's start.
        var nounStart = total.start
        while nounStart > 0, line.cls(nounStart - 1).contains(.ideograph) { nounStart -= 1 }
        let noun = Array(line.norm[nounStart..<total.start])
        guard noun.count >= 2 else { return false }
        /// The opening two letters of each change clause after a figure, up to `end`.
        func changes(after figure: QuantityHit, to end: Int) -> [[UInt32]] {
            hits.filter { $0.start > figure.end && $0.start < end && $0.change != nil && $0.isPercent }.map { rate in
                let clause = Sentences.clauseStart(line, before: rate.start)
                return Array(line.norm[clause..<min(clause + 2, rate.start)])
            }
        }
        let pattern = changes(after: total, to: marker)
        guard !pattern.isEmpty else { return false }
        for (offset, part) in members.enumerated() {
            let start = offset == 0 ? marker + 3 : members[offset - 1].end
            let end = offset + 1 < members.count ? members[offset + 1].start
                : (part.end..<line.count).first(where: { line.cls($0).contains(.sentenceEnd) && line[$0] != U.semicolon }) ?? line.count
            // One row: a semicolon before each later part, the label the total's noun after a modifier.
            if offset > 0, !(start..<part.start).contains(where: { line[$0] == U.semicolon }) { return false }
            let rowStart = offset == 0 ? start : Sentences.clauseStart(line, before: part.start)
            let label = Array(line.norm[rowStart..<part.start])
            guard label.count > noun.count, Array(label.suffix(noun.count)) == noun,
                  label.allSatisfy({ CharClass.of($0).contains(.ideograph) }) else { return false }
            guard changes(after: part, to: end) == pattern else { return false }
        }
        return true
    }

    /// 调处纠纷115起,其中当场调处108起,调查调处6起,移交其它部门2起: a last part whose label
    /// holds a rest word (其它, 其余 …), after its verb or not, closes the list, so the parts
    /// cover the whole and cannot exceed it (corpus-t). Only for parts above the total and
    /// three parts at least (a label opening with the rest word is `exhaustive` already).
    static func namesTheRest(_ labels: [[UInt32]]) -> Bool {
        guard labels.count >= 3, let last = labels.last else { return false }
        return last.indices.contains { restWords.prefix(in: last, at: $0) > 0 }
    }

    /// The words right before a part, without 其中, punctuation and a leading verb-free run
    /// of spaces: 其中男职工25人 → 男职工.
    static func label(_ line: LineText, from: Int, to: Int) -> (scalars: [UInt32], text: Void) {
        var start = max(from, Sentences.clauseStart(line, before: to))
        while start < to, !line.cls(start).contains(.ideograph) || line.matches([U.s("其"), U.s("中")], at: start) {
            start += line.matches([U.s("其"), U.s("中")], at: start) ? 2 : 1
        }
        var end = to
        while end > start, !line.cls(end - 1).contains(.ideograph) { end -= 1 }
        // Verbs that introduce the figure (为, 有, 达, 完成) are not part of the label.
        while end > start, [U.s("为"), U.s("有"), U.s("达"), U.s("是")].contains(line[end - 1]) { end -= 1 }
        return (Array(line.norm[start..<end]), ())
    }

    /// X and 非X, 未X, 不X, 无X (达标学校 / 未达标学校), or one letter swapped for its negation (已完成
    /// / 未完成, 有职称 / 无职称): a label and its negation cover the whole between them (nineteenth
    /// pass, sumread; 非 alone before it).
    static func negated(_ x: [UInt32], _ y: [UInt32]) -> Bool {
        let negations: Set<UInt32> = [U.s("非"), U.s("未"), U.s("不"), U.s("无"), U.s("没")]
        if let first = y.first, negations.contains(first), Array(y.dropFirst()) == x, !x.isEmpty { return true }
        guard x.count == y.count, x.count >= 2 else { return false }
        let differing = zip(x, y).filter { $0 != $1 }
        guard differing.count == 1, let pair = differing.first else { return false }
        return pair == (U.s("已"), U.s("未")) || pair == (U.s("有"), U.s("无"))
    }
}
