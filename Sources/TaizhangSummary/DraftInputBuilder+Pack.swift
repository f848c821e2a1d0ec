import TaizhangDocument
import TaizhangDomain

/// A unit's rule pack (SPEC §7) shapes its draft: only the pack's indicators are written,
/// those kept only to compute a rate are left out, each derived rate (按时办结率, 漏报率 …)
/// is added to its area as the ratio of the period's totals — traced to every entry behind
/// its numerator and denominator — and each month that fell short of the pack's rhythm
/// becomes a problem. Headings and wording are the summary template's for the unit's kind.
extension DraftInputBuilder {
    public static func build(_ source: SummarySource, pack: RulePack, templates: SummaryTemplateSet = .shipped) -> DraftInput {
        var s = source
        s.catalog = pack.catalog
        var input = build(s, templates: templates)
        let done = s.entries.filter { !$0.planned && s.period.contains($0.countsOn) }
        let totals = Dictionary(s.catalog.totals(values(of: done)).map { ($0.indicator.code, $0) }, uniquingKeysWith: { a, _ in a })
        let hidden = Set(pack.summary.hidden.compactMap { pack.catalog[$0]?.name })
        // An entry that feeds a derived rate is a tally (a monthly report), not a highlight.
        let tallies = Set(s.entries.filter { $0.values.contains { pack.summary.hidden.contains($0.indicator) } }.map { String($0.id) })
        for i in input.areas.indices {
            input.areas[i].figures.removeAll { hidden.contains($0.indicator) }
            input.areas[i].notables.removeAll { tallies.contains($0.ref.id) }
        }
        for d in pack.derived {
            guard let value = d.value(totals.mapValues(\.value)) else { continue }
            let parts = d.inputs.flatMap { totals[$0]?.parts ?? [] }
            var seen = Set<Int>()
            let entries = parts.filter { seen.insert($0.entryID).inserted }.map { EntryValue(id: String($0.entryID), value: $0.value) }
            let figure = DraftFigure(indicator: d.name, subject: d.subject, verbPhrase: d.phrase, measureWord: d.measureWord, value: value,
                                     aggregation: .mean, entries: entries)
            if let a = input.areas.firstIndex(where: { $0.name == d.group }) { input.areas[a].figures.append(figure) }
            else { input.areas.append(DraftArea(name: d.group, figures: [figure])) }
        }
        input.areas.removeAll { $0.figures.isEmpty && $0.notables.isEmpty }
        input.problems += rhythmProblems(pack, source: s, done: done)
        return input
    }

    /// One clause per rule that fell short: "四月份自查传染病上报管理工作三次，未达到……的要求",
    /// or for several periods "五、六月份主题活动检查不足，未达到……的要求". Counts in Chinese numerals: a
    /// problem clause is prose, not one of the draft's figures.
    static func rhythmProblems(_ pack: RulePack, source: SummarySource, done: [SourceEntry]) -> [ProblemItem] {
        pack.rhythm.compactMap { rule -> ProblemItem? in
            let shorts = rule.shortfalls(in: source.period, asOf: source.writtenOn) { p in
                done.filter { p.contains($0.countsOn) }.flatMap(\.values).filter { $0.indicator == rule.indicator }.reduce(0) { $0 + $1.value }
            }
            guard let first = shorts.first, let ind = pack.catalog[rule.indicator] else { return nil }
            let requirement = "，未达到“\(numerals(rule.text.zh))”的要求"
            if shorts.count == 1 {
                return ProblemItem(text: label([first.period]) + ind.phrase + count(first.value) + ind.measureWord + requirement, source: .target)
            }
            return ProblemItem(text: label(shorts.map(\.period)) + ind.name + "不足" + requirement, source: .target)
        }
    }

    /// 四月份; 一、二、三月份; 二季度.
    static func label(_ periods: [Period]) -> String {
        guard periods.allSatisfy({ $0.kind == .month }) else { return periods.map(\.chinesePrefix).joined(separator: "、") }
        return periods.map { ChineseNumerals.string($0.index) }.joined(separator: "、") + "月份"
    }

    /// 两 before a measure word, as Chinese counts it.
    static func count(_ v: Double) -> String { Int(v) == 2 ? "两" : ChineseNumerals.string(Int(v)) }

    /// Digits of a rule's text in Chinese numerals ("不少于4次" → "不少于四次").
    static func numerals(_ text: String) -> String {
        var out = "", digits = ""
        for c in text + " " {
            if c.isASCII, c.isNumber { digits.append(c); continue }
            if !digits.isEmpty { out += Int(digits).map { count(Double($0)) } ?? digits; digits = "" }
            out.append(c)
        }
        return String(out.dropLast())
    }
}
