/// V率 right after a count labelled V and nothing else: 全县发生矛盾纠纷490件,调处490件,
/// 调处率100%; 呼入来电19668个,接通18851个,接通率95.84%; 受理信件1133件,已办结1121件,
/// 办结率98.94%. The rate is of that count over the one other figure of its measure that
/// stands before it in the sentence. Only where the grammar leaves that one reading:
/// - the count's label (the ideographs from its clause's start, or the figure before it,
///   to the figure) is V itself, after 已/实际/共/累计 and before 数/人数/量 at most
///   (资金实际到位850万元 … 资金到位率 is not read: the labels differ);
/// - exactly one other figure of a compatible measure before the count in the sentence,
///   not smaller than it, and none between the count and the rate — or, of several, the one
///   right before the count labelled by the name's head (调处490件,调处成功473件,调处成功率);
/// - the rate at most 100% (a rate over 100% is of another base: cases carried over).
/// A count alone (办结108件,办结率95%) stays unread: its base — the cases due — is not
/// stated (issue #14, errprobe's open form). Session 11, lead.
extension Ratios {
    static let countLabelLeads = Lexicon(["已", "实际", "共", "累计"])
    static let countLabelTails = Lexicon(["数", "人数", "量"])

    /// `previous`: the figures of the sentence before (a count opening its sentence may rate
    /// the one figure of that sentence: …受理各类案件4939件(含旧存256件)。结案2837件,结案率57.44%).
    static func countRate(_ line: LineText, _ percent: QuantityHit, _ before: [QuantityHit], previous: [QuantityHit] = []) -> ArithmeticCheck? {
        guard percent.isPercentSign, percent.change == nil, !percent.isApproximate, percent.value <= 100 else { return nil }
        guard let (clause, rate) = rateName(line, before: percent), rateLink(line, (rate + 1)..<percent.start) else { return nil }
        let figures = before.filter { !$0.isPercent && $0.change == nil && !$0.isApproximate && $0.normalized > 0 }
        guard let count = figures.last, count.end < clause,
              (count.end..<clause).allSatisfy({ !line.cls($0).contains(.ideograph) }) else { return nil }
        let name = Array(line.norm[clause..<rate])
        let range = labelRange(line, count, after: figures.dropLast().last)
        guard isLabel(line, range, name) || afterPerfective(line, range, name) else { return nil }
        // 共受理各类案件1803件(旧存240件),结案894件: a figure in brackets is a note on the one
        // before them, not a base of its own (eighteenth pass, wrongsum).
        var bases = figures.dropLast().filter { compatibleOrCount(count, $0) && !inNote(line, $0) }
        // …;受理民商事案件925件,结案440件,结案率为47.57%: of several, the one in the clause right
        // before the count's, when that clause opens its own unit (after ;, : or 。) — the rate's
        // base, count and rate form the unit (eighteenth pass, wrongsum).
        if bases.count > 1, let last = bases.last, last.start == figures.dropLast().last?.start,
           line[last.end] == U.comma, Sentences.clauseStart(line, before: count.start) == last.end + 1 {
            let opening = Sentences.clauseStart(line, before: last.start)
            if opening == 0 || line[opening - 1] == U.colon || line.cls(opening - 1).contains(.sentenceEnd) {
                bases = [last]
            }
        }
        // 调处490件,调处成功473件,调处成功率96.5%: of several, the one labelled by the name's
        // head (调处 of 调处成功) — the rate of those handled, the nearest such figure.
        if bases.count > 1, let last = bases.last, last.start == figures.dropLast().last?.start,
           (2..<name.count).contains(where: { isLabel(line, labelRange(line, last, after: figures.last { $0.end <= last.start }), Array(name.prefix($0))) }) {
            bases = [last]
        }
        // A count opening its sentence: the one compatible figure of the sentence before, not
        // a note, is its base (eighteenth pass, wrongsum).
        if bases.isEmpty, figures.count == 1, Sentences.clauseStart(line, before: count.start) == 0
            || line.cls(Sentences.clauseStart(line, before: count.start) - 1).contains(.sentenceEnd) {
            bases = previous.filter { !$0.isPercent && $0.change == nil && !$0.isApproximate && $0.normalized > 0
                && compatibleOrCount(count, $0) && !inNote(line, $0) }
        }
        guard bases.count == 1, let base = bases.first, base.normalized >= count.normalized else { return nil }
        let ratio = count.normalized / base.normalized * 100
        let statement = "ratio \(Sentences.format(count.normalized / count.number.magnitude))/\(Sentences.format(base.normalized / base.number.magnitude)) \(versus(ratio, percent.value)) (the rate's name labels the count)"
        return make(line, "ratio", base.start, percent.end, statement, matches(part: count, whole: base, percent, shortFigures: true))
    }

    /// From the figure's clause start, or the figure before it, to the figure.
    private static func labelRange(_ line: LineText, _ figure: QuantityHit, after previous: QuantityHit?) -> Range<Int> {
        max(Sentences.clauseStart(line, before: figure.start), previous?.end ?? 0)..<figure.start
    }

    /// Between 率 and the figure: nothing, or 为/达/是 (达到, 为了 no).
    private static func rateLink(_ line: LineText, _ range: Range<Int>) -> Bool {
        let words = Array(line.norm[range])
        return words.isEmpty || words.count == 1 && [U.s("为"), U.s("达"), U.s("是")].contains(words[0])
            || words == [U.s("达"), U.s("到")]
    }

    /// Whether `range` holds `name` alone, after a lead word and before a tail word at most.
    private static func isLabel(_ line: LineText, _ range: Range<Int>, _ name: [UInt32]) -> Bool {
        guard range.allSatisfy({ line.cls($0).contains(.ideograph) }) else { return false }
        var start = range.lowerBound
        start += countLabelLeads.prefix(in: line.norm, at: start)
        guard start + name.count <= range.upperBound, Array(line.norm[start..<(start + name.count)]) == name else { return false }
        let rest = start + name.count
        return rest == range.upperBound || countLabelTails.prefix(in: line.norm, at: rest) == range.upperBound - rest
    }

    /// Whether the figure stands inside brackets opened after another figure (a note).
    static func inNote(_ line: LineText, _ figure: QuantityHit) -> Bool {
        guard let open = (max(0, figure.start - 20)..<figure.start).last(where: { line[$0] == U.lparen || line[$0] == U.rparen }),
              line[open] == U.lparen else { return false }
        return (figure.end..<min(line.count, figure.end + 20)).contains { line[$0] == U.rparen }
    }

    /// 92个计划新开工项目已开工51个,开工率55.4%: the base right before in the same clause, the
    /// count's label the rate's name after 已 (the perfective marks what is done of the base).
    private static func afterPerfective(_ line: LineText, _ range: Range<Int>, _ name: [UInt32]) -> Bool {
        guard range.lowerBound > Sentences.clauseStart(line, before: range.upperBound),
              let at = range.reversed().first(where: { line[$0] == U.s("已") }) else { return false }
        return Array(line.norm[(at + 1)..<range.upperBound]) == name
    }
}
