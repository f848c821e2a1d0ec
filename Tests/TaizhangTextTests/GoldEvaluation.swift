import Foundation
@testable import TaizhangText

/// Compares one checker report with one gold file, category by category.
struct GoldEvaluation {
    var scores: [String: AccuracyScore] = [:]
    var misses: [String] = []
    /// Gold arithmetic statements reported inconsistent although gold says consistent.
    var arithmeticContradictions = 0
    var documents: (gold: Int, found: Int) = (0, 0)
    var outlineMatches = 0

    init(report: DocumentReport, gold: Gold, text: FixtureText) {
        evaluatePlaceholders(report, gold, text)
        evaluateMissing(report, gold, text)
        evaluateMetrics(report, gold, text)
        evaluateArithmetic(report, gold, text)
        evaluateNumbering(report, gold, text)
        evaluateDuplicates(report, gold, text)
        evaluateBoilerplate(report, gold, text)
        documents = (gold.documents, report.subdocuments.count)
        for (index, expected) in gold.outline_top_level.enumerated() {
            let found = report.outline.filter { $0.document == index + 1 && $0.level == 1 }.map(\.marker)
            if found == expected { outlineMatches += 1 }
        }
    }

    /// Greedy one-to-one matching of gold targets to findings of one kind.
    private mutating func match(_ category: String, targets: [(Span, String)], findings: [Finding],
                                accepts: (Span, Finding) -> Bool) {
        var score = AccuracyScore(gold: targets.count, found: findings.count)
        var used = Set<Int>()
        for (target, label) in targets {
            if let index = findings.indices.first(where: { !used.contains($0) && accepts(target, findings[$0]) }) {
                used.insert(index)
                score.matchedGold += 1
            } else {
                misses.append("\(category) missed: \(label)")
            }
        }
        score.matchedFound = used.count
        for index in findings.indices where !used.contains(index) {
            misses.append("\(category) extra: line \(findings[index].line) “\(findings[index].text)”")
        }
        scores[category, default: AccuracyScore()] += score
    }

    private static func findingSpan(_ finding: Finding) -> Int { max(finding.text.count, 1) }

    private mutating func evaluatePlaceholders(_ report: DocumentReport, _ gold: Gold, _ text: FixtureText) {
        let targets: [(Span, String)] = gold.placeholders.compactMap { item in
            guard let span = text.find(item.text, occurrence: item.occurrence),
                  let offset = Array(item.text).firstIndex(ofSequence: Array(item.placeholder)) else { return nil }
            return (Span(line: span.line, column: span.column + offset, length: item.placeholder.count), item.text)
        }
        match("placeholders", targets: targets, findings: report.findings.filter { $0.kind == .placeholder }) { target, finding in
            target.overlaps(line: finding.line, column: finding.column, length: GoldEvaluation.findingSpan(finding))
        }
    }

    private mutating func evaluateMissing(_ report: DocumentReport, _ gold: Gold, _ text: FixtureText) {
        let targets: [(Span, String)] = gold.missing_numbers.compactMap { item in
            guard let span = text.find(item.text, occurrence: item.occurrence),
                  let offset = Array(item.text).lastIndex(ofSequence: Array(item.measure)) else { return nil }
            return (Span(line: span.line, column: span.column + offset, length: item.measure.count), item.text)
        }
        match("missing numbers", targets: targets, findings: report.findings.filter { $0.kind == .missingNumber }) { target, finding in
            target.overlaps(line: finding.line, column: finding.column, length: GoldEvaluation.findingSpan(finding))
        }
    }

    private mutating func evaluateMetrics(_ report: DocumentReport, _ gold: Gold, _ text: FixtureText) {
        var score = AccuracyScore(gold: gold.metrics.count, found: report.quantities.count)
        for item in gold.metrics {
            guard let span = text.find(item.text, occurrence: item.occurrence) else { misses.append("metric not in text: \(item.text)"); continue }
            let candidates = report.quantities.filter { span.overlaps(line: $0.line, column: $0.column, length: $0.text.count) }
            let exact = candidates.first {
                abs($0.value - item.value) < 1e-9 && $0.unit == item.unit && $0.qualifier == item.qualifier
                    && abs($0.normalized - item.value_normalized) < 1e-6
            }
            if exact != nil {
                score.matchedGold += 1
            } else {
                let seen = candidates.map { "\($0.text)=\($0.value) \($0.unit) \($0.qualifier ?? "-")" }.joined(separator: "; ")
                misses.append("metric missed: \(item.text) want \(item.value) \(item.unit) \(item.qualifier ?? "-"), got [\(seen)]")
            }
        }
        score.matchedFound = score.matchedGold
        scores["metrics", default: AccuracyScore()] += score
    }

    private mutating func evaluateArithmetic(_ report: DocumentReport, _ gold: Gold, _ text: FixtureText) {
        var score = AccuracyScore(gold: gold.arithmetic.count, found: report.checks.count)
        for item in gold.arithmetic {
            guard let span = text.find(item.text) else { misses.append("arithmetic not in text: \(item.text)"); continue }
            let overlapping = report.checks.filter { span.overlaps(line: $0.line, column: $0.column, length: $0.text.count) }
            if overlapping.contains(where: { $0.consistent == item.consistent }) {
                score.matchedGold += 1
            } else {
                misses.append("arithmetic missed (\(item.consistent)): \(item.statement)")
            }
            if item.consistent, overlapping.contains(where: { !$0.consistent }) {
                arithmeticContradictions += 1
                misses.append("arithmetic contradiction: \(item.statement)")
            }
        }
        score.matchedFound = score.matchedGold
        scores["arithmetic", default: AccuracyScore()] += score
    }

    private mutating func evaluateNumbering(_ report: DocumentReport, _ gold: Gold, _ text: FixtureText) {
        let targets: [(Span, String)] = gold.numbering_gaps.compactMap { item in
            text.find(item.text).map { (Span(line: $0.line, column: $0.column, length: item.found.count), item.text) }
        }
        match("numbering gaps", targets: targets, findings: report.findings.filter { $0.kind == .numbering }) { target, finding in
            target.overlaps(line: finding.line, column: finding.column, length: GoldEvaluation.findingSpan(finding))
        }
    }

    private mutating func evaluateDuplicates(_ report: DocumentReport, _ gold: Gold, _ text: FixtureText) {
        let targets: [(Span, String)] = gold.duplicates.compactMap { item in
            let occurrence = item.first == item.second ? 2 : 1
            return text.find(item.second, occurrence: occurrence).map { ($0, item.second) }
        }
        match("duplicates", targets: targets, findings: report.findings.filter { $0.kind == .duplicate }) { target, finding in
            finding.line == target.line
        }
    }

    private mutating func evaluateBoilerplate(_ report: DocumentReport, _ gold: Gold, _ text: FixtureText) {
        var seen: [String: Int] = [:]
        let targets: [(Span, String)] = gold.boilerplate.compactMap { line in
            seen[line, default: 0] += 1
            let lines = text.lineNumbers(equalTo: line)
            guard seen[line]! <= lines.count else { return nil }
            return (Span(line: lines[seen[line]! - 1], column: 1, length: 1), line)
        }
        match("boilerplate", targets: targets, findings: report.findings.filter { $0.kind == .boilerplate }) { target, finding in
            finding.line == target.line
        }
    }
}

extension Array where Element: Equatable {
    func firstIndex(ofSequence needle: [Element]) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        return (0...(count - needle.count)).first { Array(self[$0..<($0 + needle.count)]) == needle }
    }

    func lastIndex(ofSequence needle: [Element]) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        return (0...(count - needle.count)).last { Array(self[$0..<($0 + needle.count)]) == needle }
    }
}
