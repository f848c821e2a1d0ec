/// Three precise colon terms (25.72:26.84:47.44) of figures stated above them with a
/// breakdown between (第二产业65585万元,其中工业40653万元,建筑业24932万元,第三产业…): the
/// figures meant are in order but not next to each other (eighteenth pass, corpus-u). Every
/// ordered triple of one measure is tried — only when each term has a decimal, as three
/// terms to 0.1 or finer do not agree by accident. Agreement only, as for a consecutive run.
extension Ratios {
    static func skippingRun(_ terms: [(value: Double, decimals: Int)], _ figures: [QuantityHit]) -> [QuantityHit]? {
        guard terms.count == 3, terms.allSatisfy({ $0.decimals >= 1 }) else { return nil }
        let termSum = terms.reduce(0) { $0 + $1.value }
        // The latest figures: a paragraph's worth keeps the triples few.
        let pool = Array(figures.suffix(40))
        guard termSum > 0, pool.count > 3 else { return nil }
        func agrees(_ run: [QuantityHit]) -> Bool {
            let sum = run.reduce(0) { $0 + $1.normalized }
            return sum > 0 && zip(run, terms).allSatisfy { figure, term in
                abs(figure.normalized / sum * termSum - term.value) < 0.5 * Sentences.pow10(-term.decimals) - 1e-9 }
        }
        for a in pool.indices.reversed() {
            for b in pool.indices where b < a && compatible(pool[b], pool[a]) {
                for c in pool.indices where c < b && compatible(pool[c], pool[a]) {
                    let run = [pool[c], pool[b], pool[a]]
                    if agrees(run) { return run }
                }
            }
        }
        return nil
    }
}
