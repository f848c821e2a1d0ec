import Foundation
@testable import TaizhangText

/// The candidate generator of the thirtieth pass (pairratio24): for every stated rate of a text
/// (a share or rate in % or ‰, not a growth), every pair of figures (a, b) of its paragraph with
/// b ≥ a whose quotient agrees with the rate at its written decimals (`Ratios.matches(part:whole:_:)`,
/// the one tolerance rule). It decides nothing: it describes each rate with an agreeing pair by the
/// structural features of its nearest pair, so that a reader can accept only the cells where an
/// agreement that gold does not hold (a coincidence) is rare.
struct PairRatioCensus {
    /// One stated rate with at least one agreeing pair.
    struct Row {
        var file: String, line: Int, rate: String
        /// part adjacent (in the rate's clause or the one before) or elsewhere; whole near (the
        /// rate's sentence or the one before, before the rate) or far; same or other measure
        /// (`Ratios.compatibleOrCount`); the rate's written decimals; distinct agreeing pairs.
        var cell: String
        /// A consistent check of the checker already covers the rate.
        var read: Bool
        /// gold ok / gold wrong (a gold ratio statement covers the rate), other (another gold
        /// statement covers it), none (gold holds no statement there), fake (the null model).
        var label: String
        var pair: String
    }

    /// Figures of the paragraph the pairs are drawn from, nearest the rate first: bounds the
    /// search (a statistics bulletin's paragraph holds a hundred figures).
    static let figureCap = 40

    /// Fake rates for the null model: the stated rate scaled by these factors (rounded to its
    /// written decimals) asks the same figures for a rate nobody wrote. An agreement of a fake rate
    /// is a coincidence by construction, so its frequency per cell is the chance of one.
    static let fakeFactors = [0.71, 0.83, 1.19, 1.37]

    struct Pairing { var a: QuantityHit, b: QuantityHit, cell: String, distinct: Int }

    /// The nearest agreeing pair of `percent` (a % value) among the paragraph's figures, with its cell.
    static func pairing(_ line: LineText, _ figures: [QuantityHit], _ sentences: [Range<Int>], stated: QuantityHit, percent: QuantityHit) -> Pairing? {
        var agreeing = [(QuantityHit, QuantityHit)]()
        for a in figures {
            for b in figures where b.start != a.start && b.normalized >= a.normalized
                && Ratios.matches(part: a, whole: b, percent) { agreeing.append((a, b)) }
        }
        guard !agreeing.isEmpty else { return nil }
        let distinct = Set(agreeing.map { "\($0.0.normalized)/\($0.1.normalized)" }).count
        let reach = { (pair: (QuantityHit, QuantityHit)) in max(abs(pair.0.start - stated.start), abs(pair.1.start - stated.start)) }
        let (a, b) = agreeing.min { reach($0) < reach($1) }!
        let clause = Sentences.clauseStart(line, before: stated.start)
        let previousClause = clause > 1 ? Sentences.clauseStart(line, before: clause - 1) : clause
        let sentence = Sentences.sentence(of: stated.start, in: sentences)
        let adjacent = a.start >= previousClause && a.end <= stated.start
        let near = b.start >= sentences[max(0, sentence - 1)].lowerBound && b.end <= stated.start
        let decimals = percent.number.decimals - (stated.isPercentSign ? 0 : 1)
        let cell = "part \(adjacent ? "adjacent" : "elsewhere") whole \(near ? "near" : "far") \(Ratios.compatibleOrCount(a, b) ? "same" : "other") d\(min(decimals, 2)) n\(min(distinct, 3))"
        return Pairing(a: a, b: b, cell: cell, distinct: distinct)
    }

    static func rows(_ text: String, gold: Gold, file: String) -> [Row] {
        let fixture = FixtureText(text)
        let spans = gold.arithmetic.map { ($0, fixture.findAcrossLines($0.text) ?? fixture.find($0.text)) }
        let checks = Checker.check(text: text).checks.filter { $0.consistent }
        var rows = [Row]()
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = LineText(number: number + 1, raw: Array(raw.unicodeScalars.map(\.value)))
            let hits = Restatements.drop(line, QuantityScanner.scan(line))
            guard hits.count >= 3 else { continue }
            let sentences = Sentences.ranges(line)
            for stated in hits where stated.isPercent && stated.change == nil && !stated.isApproximate && stated.normalized > 0 {
                let percent = stated.isPercentSign ? stated : Ratios.perMilleAsPercent(stated)
                let figures = Array(hits.filter { !$0.isPercent && $0.change == nil && $0.normalized > 0 }
                    .sorted { abs($0.start - stated.start) < abs($1.start - stated.start) }.prefix(figureCap))
                let column = line.column(of: stated.start)
                let read = checks.contains { $0.line == line.number && $0.column <= column && column < $0.column + max($0.text.count, 1) }
                let covering = spans.filter { $0.1?.overlaps(line: line.number, column: column, length: stated.end - stated.start) == true }
                let label = covering.first { $0.0.kind == "ratio" }.map { $0.0.consistent ? "gold ok" : "gold wrong" }
                    ?? (covering.isEmpty ? "none" : "other")
                let rate = line.string(stated.start..<stated.end)
                if let found = pairing(line, figures, sentences, stated: stated, percent: percent) {
                    rows.append(Row(file: file, line: line.number, rate: rate, cell: found.cell, read: read, label: label,
                                    pair: "\(line.string(found.a.start..<found.a.end)) / \(line.string(found.b.start..<found.b.end))"))
                }
                let scale = Sentences.pow10(percent.number.decimals)
                for factor in fakeFactors {
                    var fake = percent
                    fake.number.value = (percent.number.value * factor * scale).rounded() / scale
                    guard fake.number.value != percent.number.value, fake.number.value > 0, fake.number.value <= 100 else { continue }
                    if let found = pairing(line, figures, sentences, stated: stated, percent: fake) {
                        rows.append(Row(file: file, line: line.number, rate: rate + " ×\(factor)", cell: found.cell, read: read, label: "fake",
                                        pair: "\(line.string(found.a.start..<found.a.end)) / \(line.string(found.b.start..<found.b.end))"))
                    }
                }
            }
        }
        return rows
    }

    /// Every row of the texts of a split, the source line blanked as the accuracy run does.
    static func rows(split: String) throws -> [Row] {
        try Fixtures.corpus(split).flatMap { url, goldURL in
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            return rows(try String(contentsOf: url, encoding: .utf8).droppingSourceLine(), gold: gold, file: url.lastPathComponent)
        }
    }

    /// The precision model: per cell, how many stated rates land on gold and how many on none,
    /// and how many fake rates (`fakeFactors`) find a pair there, per stated rate tried.
    static func table(_ rows: [Row]) -> String {
        let cells = Dictionary(grouping: rows, by: \.cell).sorted { $0.key < $1.key }
        var out = ["| cell | gold ok | gold wrong | other | none | unread gold ok | unread none | fake per rate |", "|---|---|---|---|---|---|---|---|"]
        for (cell, members) in cells {
            func count(_ label: String, unread: Bool = false) -> Int { members.filter { $0.label == label && (!unread || !$0.read) }.count }
            let fake = String(format: "%.2f", Double(count("fake")) / Double(fakeFactors.count))
            out.append("| \(cell) | \(count("gold ok")) | \(count("gold wrong")) | \(count("other")) | \(count("none")) | \(count("gold ok", unread: true)) | \(count("none", unread: true)) | \(fake) |")
        }
        return out.joined(separator: "\n")
    }
}
