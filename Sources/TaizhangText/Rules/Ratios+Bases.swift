/// Which figures a growth rate is of, when a sentence states several (issue #14, corpus-o):
/// - 审结478件635人,去年同期为773件1350人: a figure glued to the one before it (nothing
///   between) is of the same period, so 1350人 is a base as much as 773件;
/// - 同比件数下降38.24%、人数下降53.14%: a measure word and 数 before the rate (件数, 人数)
///   name the measure of the figures the rate is of;
/// - …478件,去年同期为773件,…共起诉373件,同比件数下降47.83%: a base stated right after
///   its own current figure belongs to that figure; a figure after it has no stated base;
/// - 结案894件。…受案增加167件,上升10.21%,结案增加34件,上升3.95%: an increment naming its
///   subject (受案, 结案) is of the earlier figure whose subject shares most of its letters.
extension Ratios {
    /// The figure names the earlier period (去年同期 before it in its clause), or is glued to
    /// one that does.
    static func isBase(_ line: LineText, _ figure: QuantityHit, _ earlier: [QuantityHit]) -> Bool {
        guard figure.change == nil else { return false }
        let previous = earlier.last(where: { $0.end <= figure.start })
        let from = max(previous?.end ?? 0, Sentences.clauseStart(line, before: figure.start))
        if Sentences.contains(line, baseWords, in: from..<figure.start) { return true }
        guard let previous, previous.end == figure.start, !previous.isPercent else { return false }
        return isBase(line, previous, earlier)
    }

    /// The figures of the measure the rate's clause names (件数 → 件); several named in order
    /// (件数和人数分别下降50.76%、64.27%) go to the rates in order. Unnamed, the rates after a
    /// glued base (去年同期为200件377人,同比分别下降52.5%、64.46%) take its figures in order.
    static func namedMeasure(_ line: LineText, _ percent: QuantityHit, _ earlier: [QuantityHit]) -> [QuantityHit] {
        let clause = Sentences.clauseStart(line, before: percent.start)
        let rank = (clause..<percent.start).filter { line[$0] == U.percent }.count
        var named = [(offset: Int, measure: String)]()
        if (clause..<percent.start).contains(where: { line[$0] == count }) {
            let text = line.string(clause..<percent.start)
            for figure in earlier where !figure.isPercent && !figure.measure.isEmpty && !named.contains(where: { $0.measure == figure.measure }) {
                if let found = text.range(of: figure.measure + "数") {
                    named.append((text.distance(from: text.startIndex, to: found.lowerBound), figure.measure))
                }
            }
            named.sort { $0.offset < $1.offset }
        }
        if named.isEmpty, let last = earlier.last(where: { isBase(line, $0, earlier) }) {
            var chain = [last]
            while let previous = earlier.last(where: { $0.end == chain[0].start }), !previous.isPercent { chain.insert(previous, at: 0) }
            if chain.count > 1 { named = chain.enumerated().map { ($0.offset, $0.element.measure) } }
        }
        guard rank < named.count else { return earlier }
        let measure = named[rank].measure
        return earlier.filter { $0.measure == measure }
    }

    /// The base follows a current figure of its own measure in its sentence (X件,去年同期为Y件).
    static func hasOwnCurrent(_ line: LineText, _ base: QuantityHit, _ earlier: [QuantityHit]) -> Bool {
        earlier.contains { figure in
            figure.end <= base.start && figure.measure == base.measure && figure.change == nil
                && !isBase(line, figure, earlier) && !(figure.end..<base.start).contains(where: { line[$0] == U.ideoStop })
        }
    }

    /// The earlier figure an increment with its own subject (受案增加167件) is of: the one whose
    /// subject holds most letters of the increment's, the nearest on a tie; nil when the
    /// increment names no subject or no figure shares a letter of it. Letters are compared in
    /// the analysis form (`folded`): in 累計完成投資313.64億元,較去年同期增長153.34億元 the 較 of a
    /// converted page opens a comparison as 较 does, so the increment names no subject of its own
    /// (read as written, 較去年 shared 年 with 年度投資計劃1015億元 and took the plan; ratio23).
    static func subjectFigure(_ delta: QuantityHit, among figures: [QuantityHit]) -> QuantityHit? {
        let own = Array(folded(delta).prefix { !subjectEnds.contains($0) })
        guard own.count >= 2 else { return nil }
        var best: (figure: QuantityHit, score: Int)? = nil
        for figure in figures.reversed() where figure.change == nil && figure.measure == delta.measure {
            let letters = Set(folded(figure))
            let score = Set(own).filter { letters.contains($0) }.count
            if score > (best?.score ?? 0) { best = (figure, score) }
        }
        return best?.figure
    }

    static let count = U.s("数")
    /// Letters that end an increment's own subject: a change verb or a comparison begins.
    static let subjectEnds: ScalarSet = [U.s("增"), U.s("减"), U.s("升"), U.s("降"), U.s("提"), U.s("上"), U.s("下"),
                                         U.s("比"), U.s("较"), U.s("同"), U.s("多"), U.s("少"), U.s("新")]
}
