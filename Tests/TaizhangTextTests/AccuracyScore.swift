/// Counts for one category across all fixtures.
struct AccuracyScore {
    var gold = 0
    var found = 0
    var matchedGold = 0
    var matchedFound = 0

    var recall: Double { gold == 0 ? 1 : Double(matchedGold) / Double(gold) }
    var precision: Double { found == 0 ? 1 : Double(matchedFound) / Double(found) }

    static func += (lhs: inout AccuracyScore, rhs: AccuracyScore) {
        lhs.gold += rhs.gold
        lhs.found += rhs.found
        lhs.matchedGold += rhs.matchedGold
        lhs.matchedFound += rhs.matchedFound
    }
}
