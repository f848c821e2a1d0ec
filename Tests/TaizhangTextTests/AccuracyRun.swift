import Foundation
@testable import TaizhangText

/// Runs the checker over annotated files and adds up the scores per category.
struct AccuracyRun {
    var total: [String: AccuracyScore] = [:]
    var misses: [String] = []
    var contradictions = 0
    var subsetsFlagged = 0
    var arithmeticUnlocated = 0
    var flagsByKind: [String: Int] = [:]
    var contradictionsByKind: [String: Int] = [:]
    var arithmeticByKind: [String: (gold: Int, read: Int)] = [:]
    var files = 0
    var characters = 0
    var documentLines: [String] = []
    var outlineMatches = 0, outlineTotal = 0

    /// `dropsSourceLine`: the corpus files start with `source: URL`, which is not part of
    /// the summary; it is blanked (line numbers stay) before checking.
    init(_ pairs: [(text: URL, gold: URL)], dropsSourceLine: Bool) throws {
        for (url, goldURL) in pairs {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            let text = try String(contentsOf: url, encoding: .utf8)
            var checked = text
            if dropsSourceLine, text.hasPrefix("source:"), let newline = text.firstIndex(of: "\n") {
                checked = String(text[newline...])
            }
            let report = Checker.check(text: checked, path: url.lastPathComponent)
            // Gold strings are located after line 1 (the source line), as validate.py checks.
            let evaluation = GoldEvaluation(report: report, gold: gold, text: FixtureText(checked))
            for (category, score) in evaluation.scores { total[category, default: AccuracyScore()] += score }
            misses += evaluation.misses.map { "\(url.lastPathComponent): \($0)" }
            contradictions += evaluation.arithmeticContradictions
            subsetsFlagged += evaluation.subsetsFlagged
            arithmeticUnlocated += evaluation.arithmeticUnlocated
            flagsByKind.merge(evaluation.flagsByKind, uniquingKeysWith: +)
            contradictionsByKind.merge(evaluation.contradictionsByKind, uniquingKeysWith: +)
            arithmeticByKind.merge(evaluation.arithmeticByKind) { ($0.gold + $1.gold, $0.read + $1.read) }
            documentLines.append("\(url.lastPathComponent): documents gold \(evaluation.documents.gold), found \(evaluation.documents.found)")
            outlineMatches += evaluation.outlineMatches
            outlineTotal += gold.outline_top_level.count
            files += 1
            characters += text.count
        }
    }

    func score(_ category: String) -> AccuracyScore { total[category] ?? AccuracyScore() }

    /// The table printed by the accuracy tests (and copied into docs/checker.md).
    func table(_ title: String) -> String {
        var lines = ["\(title): \(files) files, \(characters) characters",
                     "| category           | gold | found | recall | precision |",
                     "|--------------------|-----:|------:|-------:|----------:|"]
        for category in GoldEvaluation.categories {
            let s = score(category)
            lines.append("| " + category.padding(toLength: 18, withPad: " ", startingAt: 0)
                         + String(format: " | %4d | %5d | %6.3f | %9.3f |", s.gold, s.found, s.recall, s.precision))
        }
        lines.append("arithmetic contradictions: \(contradictions), 其中-subsets flagged: \(subsetsFlagged), gold statements not located: \(arithmeticUnlocated)")
        let kinds = { (counts: [String: Int]) in counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") }
        lines.append("inconsistency flags by rule: [\(kinds(flagsByKind))]; contradictions by rule: [\(kinds(contradictionsByKind))]")
        let read = arithmeticByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.read)/\($0.value.gold)" }.joined(separator: ", ")
        lines.append("arithmetic read by kind and verdict: [\(read)]")
        return lines.joined(separator: "\n")
    }

    /// Writes the misses to the file named by TAIZHANG_ACCURACY_MISSES (for tuning on dev).
    func writeMisses(tag: String) {
        guard let path = ProcessInfo.processInfo.environment["TAIZHANG_ACCURACY_MISSES"] else { return }
        let file = URL(fileURLWithPath: path + "." + tag + ".txt")
        try? misses.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }
}
