/// A total and the parts that follow 其中 / 分别为 / 包括 (also in the next sentence).
///
/// Parts are the later quantities of the same measure up to the end of the sentence
/// holding the marker, skipping changes (增加6455万元, 增长14.28%), percentages, figures in
/// brackets (a breakdown of a part) and anything after a new total (共有 …).
/// - parts, or the first parts, add up to the total → consistent;
/// - parts add up to MORE than the total → inconsistent, always: a part cannot exceed
///   its whole, subset or not (其中达标文化室15个 of 12个);
/// - parts add up to less: an error only when the marker covers the whole (分别为, or
///   其中 A 和 B); otherwise a subset (其中支委成员5名), never flagged.
/// Rounding: the total is stated to its last digit, and every decimal or 万-scaled part
/// was rounded too, so the tolerance is half a unit of the total's last digit plus half
/// a unit of each rounded part's last digit (stated in the check).
enum TotalParts {
    static let markers = Lexicon(["其中", "分别为", "分别是", "包括"])
    static let covering = Lexicon(["分别为", "分别是"])
    /// 其中: the usual lead of a breakdown (a cheap precheck for second readings).
    static let breakdownLead: [UInt32] = [0x5176, 0x4E2D]
    static let aggregateNouns = Lexicon(["总收入", "总支出", "总额", "总量", "总数", "总值", "总产值", "总资产", "总人数", "总规模",
                                         "总投资", "总面积", "总计", "合计"])

    /// `atLeast`: the total was written as a lower bound (50余场, read here without its 余),
    /// so parts that make the total or more, up to the next step of its last digit (below
    /// 60), agree with it.
    static func check(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ sentences: [Range<Int>],
                      atLeast step: Double? = nil) -> ArithmeticCheck? {
        let total = hits[index]
        guard !total.isApproximate, total.change == nil, !total.isPercent, !total.isPoints else { return nil }
        // 60岁及以上人口为17028人,其中65岁及以上…: an age is a band's bound, never a total (xsum's probe).
        guard !AgeBands.ageMeasures.contains(total) else { return nil }
        // 单产5555.6公斤/公顷,其中小麦单产5912.3公斤/公顷: a measure per unit (a slash in it)
        // is an average, and the average of a part may exceed the whole's (issue #14, corpus-k).
        // (By bytes: Foundation's `contains` bridged to CoreFoundation for every total. No
        // scalar decomposes to /, and in a measure / is followed by a unit or digits, never
        // by a mark that could combine with it, so the answers agree.)
        guard !total.measure.utf8.contains(UInt8(ascii: "/")) else { return nil }
        // 占全年任务2355万元的60%,其中…: the whole of a share is not what 其中 breaks down.
        if line[total.end] == Ratios.possessive, hits.contains(where: { $0.isPercent && $0.start == total.end + 1 }) { return nil }
        // 不起诉118人(不含…5人),其中…: brackets right after the total, then a marker, hold a note.
        let noteEnd = noteBracket(line, after: total)
        guard let firstPart = hits[(index + 1)...].first(where: { $0.start > noteEnd && isPart($0, of: total) && !Ratios.isWholeOrTarget(line, $0, hits) })
        else { return nil }
        // The marker sits between the total and its first part.
        var markerAt: Int? = nil
        var position = total.end
        while position < firstPart.start {
            if markers.prefix(in: line.norm, at: position) > 0 { markerAt = position; break }
            position += 1
        }
        guard let marker = markerAt else { return bracketed(line, hits, index, sentences) }
        // 每千常住人口…分别为5.87人、8.12人: rates over a base, no parts (TotalParts+Siblings).
        if perBase(line, in: total.end..<marker) { return nil }
        // …;0-17岁、…户籍人口分别为…: a list with a subject of its own (TotalParts+ListSubject).
        if let subject = listSubject(line, marker: marker, total: total),
           let reading = subjectWhole(line, hits, index, marker: marker, subject: subject, sentences) { return reading }
        // 同比分别增长20%和25%,去年同期分别为100件和80件: figures of the earlier period are
        // the bases of the rates, not parts of the total.
        if Sentences.contains(line, Ratios.baseWords, in: Sentences.clauseStart(line, before: marker)..<marker) { return nil }
        // The list is another figure's (TotalParts+NearestFigure).
        if breaksDownAnother(line, hits, index, marker: marker, sentences) { return nil }
        // Nothing but changes and rates of the total may stand between it and the marker.
        // (完成1318万元,占全年任务2355万元的60%,其中…: the share's whole is no new total.)
        // (举办培训班8期,培训1200人次;其中…5期…3期: a figure of another measure describes the
        // same total.)
        // A figure in brackets is a note on the one before them, which the breakdown after the
        // brackets is of; the note's figure is no total of it.
        if let close = (total.end..<marker).first(where: { line[$0] == U.rparen }),
           !(total.end..<close).contains(where: { line[$0] == U.lparen }) { return nil }
        if hits[(index + 1)...].contains(where: { figure in figure.start < marker && figure.change == nil && !figure.isPercent
            && QuantityHit.sameMeasure(figure, total) && !Ratios.isWholeOrTarget(line, figure, hits) && figure.start > noteEnd }) { return nil }
        let sentence = sentences[Sentences.sentence(of: marker, in: sentences)]
        // 共有党员50人,其中男30人、女20人;其中35岁以下15人: a 其中 after ; starts a second
        // breakdown of the first total, not one of the part before it (errprobe).
        // Such a breakdown is checked against the whole (TotalParts+SecondBreakdown).
        if line[marker - 1] == U.semicolon, sentence.lowerBound < total.start, (sentence.lowerBound..<total.start).contains(where: { markers.prefix(in: line.norm, at: $0) > 0 }) {
            return secondBreakdownOfWhole(line, hits, index, marker: marker, sentence: sentence)
        }
        var members = [QuantityHit]()
        for part in hits[(index + 1)...] where part.start >= marker && part.start < sentence.upperBound {
            let clauseAt = Sentences.clauseStart(line, before: part.start)
            let clause = clauseAt..<part.start
            // A new total (共有, 合计, 总支出 …) ends the parts — but not inside an item of the
            // 、-list the parts already form (公共法律服务12条: 共 is part of a name there).
            let listItem = !members.isEmpty && clauseAt > 0 && line[clauseAt - 1] == U.ideoComma
            // 其中国内旅游总收入69.527亿元: in the marker's own clause a total word names the part.
            let markersClause = members.isEmpty && clauseAt <= marker
            if !listItem, !markersClause, opensNewTotal(line, clause) || Sentences.contains(line, aggregateNouns, in: clause) { break }
            if isPart(part, of: total), !insideBrackets(line, part.start, after: marker) {
                // 包括A、B等约150人参加,线上讲座24场: the list closed with no figure (TotalParts+Siblings).
                if members.isEmpty, listClosed(line, after: marker, before: part.start) { break }
                if members.isEmpty, closedBeforeFirstPart(line, after: marker, before: part.start) { break }
                members.append(part)
                // A part with a breakdown of its own (…内容1条,包括…) is the last one: the
                // figures of that breakdown belong to it, not to this total.
                if opensBreakdown(line, after: part.end) { break }
            }
        }
        guard !members.isEmpty, !members.contains(where: \.isApproximate) else { return nil }
        let scale = total.number.magnitude
        let tolerance = Sentences.tolerance(total: total, parts: members)
        // The first parts may already make the total (further figures of the sentence are
        // about something else).
        // Of the first runs that agree, the closest (the longest on a tie): 2.5万亩 = 1.5 +
        // 0.8 + 0.2, not 1.5 + 0.8 within the rounding of two parts.
        var running = 0.0
        var best: (offset: Int, sum: Double, gap: Double)? = nil
        for (offset, part) in members.enumerated() {
            running += part.normalized / scale
            let allowed = Sentences.tolerance(total: total, parts: Array(members[...offset]))
            let fits = step.map { running >= total.value - allowed && running < total.value + $0 } ?? (abs(running - total.value) <= allowed)
            if offset >= 1 || members.count == 1, fits,
               best.map({ abs(running - total.value) <= $0.gap + 1e-9 }) ?? true {
                best = (offset, running, abs(running - total.value))
            }
        }
        if let best {
            let parts = Array(members[...best.offset])
            return make(line, total, parts, best.sum, Sentences.tolerance(total: total, parts: parts), true)
        }
        // 全体居民人均可支配收入17252元…其中城镇常住居民人均可支配收入20901元: an average is no
        // sum of its groups' averages — a group's may exceed the whole's, so only agreement is read.
        if Sentences.contains(line, averages, in: Sentences.clauseStart(line, before: total.start)..<total.start) { return nil }
        let sum = members.reduce(0) { $0 + $1.normalized } / scale
        if sum > total.value + tolerance, let check = earlierWhole(line, hits, index, members, marker: marker, sentences) { return check }
        // A subset first, then a run that makes the total: two breakdowns in one list (TotalParts+PartitionRun).
        if sum > total.value + tolerance, let run = partitionRun(line, total, members) {
            return make(line, total, run.parts, run.sum, run.tolerance, true)
        }
        // 死亡11人,伤83人…其中…死亡9人,受伤83人: parts labelled like a sibling total are that
        // total's (TotalParts+Siblings).
        switch siblingReading(line, hits, index, members, sentence: sentences[Sentences.sentence(of: total.start, in: sentences)]) {
        case .none: break
        case .mixed: return nil
        case .whole(let sibling): return siblingCheck(line, hits[sibling], members)
        }
        // More than the whole is an error when the parts form one list (30场、25场) or there
        // is one part; parts in separate clauses may break the total down along two lines
        // (男30人,女25人,党员10人), so they are not added up against it.
        if sum > total.value + tolerance,
           members.count == 1 || oneList(line, members) || plainlyExceeded(line, hits, index, members, after: marker, tolerance: tolerance)
            || parallelRows(line, hits, index, members, after: marker),
           !secondBreakdown(line, hits, index, members, sentences) {
            return make(line, total, members, sum, tolerance, false)
        }
        if let check = continued(line, hits, index, members, after: sentence.upperBound) { return check }
        guard members.count >= 2 else { return nil }
        let coveringMarker = covering.prefix(in: line.norm, at: marker) > 0
            && !namesOtherMeasureOrExamples(line, total: total, marker: marker)
            || line.matches([U.s("其"), U.s("中")], at: marker)
            && (joinsLastPart(line, after: members[members.count - 2], before: members[members.count - 1])
                || exhaustive(line, members, after: marker))
        return coveringMarker ? make(line, total, members, sum, tolerance, false) : nil
    }

    /// 教师1656人(在编在岗教师1306人,离退休教师349人): a breakdown in brackets right after
    /// the total is meant to be whole unless it says otherwise (其中, 含, 包括, 等).
    static func bracketed(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ sentences: [Range<Int>]) -> ArithmeticCheck? {
        let total = hits[index]
        guard line[total.end] == U.lparen, let close = (total.end..<min(line.count, total.end + 200)).first(where: { line[$0] == U.rparen })
        else { return nil }
        // 795所(公办370所、民办425所,其中普惠性民办幼儿园356所): a 其中 / 含 / 包括 after two parts
        // or more breaks the part before it down; the whole's parts end there (xparts).
        let all = hits[(index + 1)...].filter { $0.start > total.end && $0.end <= close }
        let cut = all.count >= 3 ? (all[all.startIndex + 1].end..<close).first(where: { subsetMarkers.prefix(in: line.norm, at: $0) > 0
            || line[$0] == U.s("含") && line.cls($0 - 1).contains(.clauseBreak) }) : nil
        let inside = all.filter { $0.start < cut ?? close }
        let members = inside.filter { isPart($0, of: total) }
        guard members.count >= 2, members.count == inside.filter({ !$0.isPercent && $0.change == nil }).count,
              !members.contains(where: \.isApproximate) else { return nil }
        let scale = total.number.magnitude
        let tolerance = Sentences.tolerance(total: total, parts: members)
        let sum = members.reduce(0) { $0 + $1.normalized } / scale
        if abs(sum - total.value) <= tolerance { return make(line, total, members, sum, tolerance, true) }
        let partial = Sentences.contains(line, partialWords, in: (total.end + 1)..<(cut ?? close))
        return partial && sum < total.value ? nil : make(line, total, members, sum, tolerance, false)
    }

    static let partialWords = Lexicon(["其中", "含", "包括", "等", "另有"])
    /// Words that make the figure after them an average (per head, per household, per day …).
    static let averages = Lexicon(["人均", "户均", "生均", "日均", "月均", "年均", "亩均", "平均", "均价"])

    /// 共投入资金17936.85万元。其中投入A资金1.443亿元,完成…。投入其他资金3506.85万元: the
    /// parts may go on in the next sentences of the paragraph. Reported when they then add
    /// up (agreement only: a later figure of the same measure may be about something else).
    static func continued(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ members: [QuantityHit], after end: Int) -> ArithmeticCheck? {
        let total = hits[index], scale = total.number.magnitude
        var parts = members
        var running = members.reduce(0) { $0 + $1.normalized } / scale
        for part in hits[(index + 1)...] where part.start >= end {
            let clause = Sentences.clauseStart(line, before: part.start)..<part.start
            if Sentences.contains(line, Arithmetic.totalWords, in: clause) || Sentences.contains(line, aggregateNouns, in: clause) { break }
            guard isPart(part, of: total), !part.isApproximate, !insideBrackets(line, part.start, after: end) else { continue }
            parts.append(part)
            running += part.normalized / scale
            let tolerance = Sentences.tolerance(total: total, parts: parts)
            if abs(running - total.value) <= tolerance { return make(line, total, parts, running, tolerance, true) }
            if running > total.value + tolerance { return nil }
        }
        return nil
    }

    /// True when only 、 (or 和/及/与) separates the parts, not a clause break. A comma right
    /// before a joiner (…1条,以及…2条) still continues the one list.
    static func oneList(_ line: LineText, _ members: [QuantityHit]) -> Bool {
        for (a, b) in zip(members, members.dropFirst()) {
            for index in a.end..<b.start where line[index] != U.ideoComma && line.cls(index).contains(.clauseBreak) {
                guard line[index] == U.comma, Arithmetic.joiners.prefix(in: line.norm, at: index + 1) > 0 else { return false }
            }
        }
        return true
    }

    /// Whether a breakdown marker (其中, 包括 …) follows a figure, after at most a comma or colon.
    static func opensBreakdown(_ line: LineText, after end: Int) -> Bool {
        let at = line[end] == U.comma || line[end] == U.colon ? end + 1 : end
        return at < line.count && markers.prefix(in: line.norm, at: at) > 0
    }

    static func isPart(_ part: QuantityHit, of total: QuantityHit) -> Bool {
        // 来信168件,其中转办47件次…: a count of handlings (件次) of the total's things (件).
        (QuantityHit.sameWord(part.measure, total.measure, orThen: "次") || sameMagnitude(part, total))
            && !part.isPercent && part.change == nil
    }

    /// The end of brackets right after `total` that a breakdown marker follows (after at most
    /// a comma or colon), else the total's end.
    static func noteBracket(_ line: LineText, after total: QuantityHit) -> Int {
        guard line[total.end] == U.lparen,
              let close = (total.end..<min(line.count, total.end + 80)).first(where: { line[$0] == U.rparen }),
              opensBreakdown(line, after: close + 1) else { return total.end }
        return close
    }

    /// 旅游总收入69.27亿,其中国内旅游收入69.527亿元: a total in a bare 万/亿 dropped its measure
    /// word; a part of the same magnitude that keeps one counts the same thing (corpus-o).
    static func sameMagnitude(_ part: QuantityHit, _ total: QuantityHit) -> Bool {
        total.measure.isEmpty && total.number.magnitude >= 10_000 && part.number.magnitude == total.number.magnitude && !part.measure.isEmpty
    }

    /// A figure inside (…) after the marker breaks a part down further.
    static func insideBrackets(_ line: LineText, _ position: Int, after marker: Int) -> Bool {
        var depth = 0
        for index in marker..<position {
            if line[index] == U.lparen { depth += 1 } else if line[index] == U.rparen { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    static func make(_ line: LineText, _ total: QuantityHit, _ members: [QuantityHit], _ sum: Double,
                             _ tolerance: Double, _ ok: Bool) -> ArithmeticCheck {
        let scale = total.number.magnitude
        let relation = ok ? "=" : (sum > total.value ? "<" : "≠")
        let statement = "total \(Sentences.format(total.value))\(total.unit) \(relation) "
            + members.map { Sentences.format($0.normalized / scale) }.joined(separator: " + ")
            + " = \(Sentences.format(sum)) (tolerance ±\(Sentences.format(tolerance)))"
            + (ok || sum <= total.value ? "" : "; parts exceed the total")
        let end = members.last!.end
        return ArithmeticCheck(kind: "sum", text: line.string(total.start..<end), line: line.number,
                               column: line.column(of: total.start), statement: statement, consistent: ok)
    }
}
