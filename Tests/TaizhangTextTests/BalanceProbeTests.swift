import Foundation
import Testing
@testable import TaizhangText

/// Real balances of work items and rates over derived wholes gathered from pages outside the
/// corpus (Tests/Fixtures/probes/xbalance.txt; twenty-third pass, xbalance), each with a verdict
/// computed by hand before the checker read it. A correct or open statement must never be
/// flagged; the counts of those credited, of wrong ones flagged and of perturbed twins (the
/// anchor's last figure moved by a quarter) flagged are printed and held at their floors.
@Suite struct BalanceProbeTests {
    struct Statement {
        let url: String, text: String, anchor: String, verdict: String, note: String
    }

    static func statements() throws -> [Statement] {
        try ProbeFile.checks("xbalance.txt").map { Statement(url: $0.url, text: $0.text, anchor: $0.anchor, verdict: $0.verdict, note: $0.note) }
    }

    /// The checks whose text ends inside the anchor (at its checked figure).
    static func checks(_ text: String, _ anchor: String) -> [ArithmeticCheck] {
        let body = "概况\n" + text
        let lines = body.components(separatedBy: "\n")
        guard let number = lines.firstIndex(where: { $0.contains(anchor) }),
              let range = lines[number].range(of: anchor) else { return [] }
        let from = lines[number].distance(from: lines[number].startIndex, to: range.lowerBound) + 1
        let to = from + anchor.count
        return Checker.check(text: body, path: "xbalance.txt").checks.filter {
            $0.line == number + 1 && $0.column < to && (from...to).contains($0.column + $0.text.count)
        }
    }

    /// A check of this pass's reader (`Arithmetic.balances`): the other checks are main's readings.
    static func isBalanceReading(_ check: ArithmeticCheck) -> Bool {
        check.statement.hasPrefix("balance") || check.statement.hasPrefix("ratio") && check.statement.contains(") / ")
    }

    /// Any flag anywhere in the excerpt (an open statement must raise none).
    static func flags(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: "概况\n" + text, path: "xbalance.txt").checks.filter { !$0.consistent }
    }

    @Test func realBalancesAreReadAndTheirTwinsFlagged() throws {
        // Arrange
        let statements = try Self.statements()
        var credited = 0, falseFlags = 0, wrongFlagged = 0, twinsFlagged = 0, twins = 0
        // The same counts from the other readers alone (what main reads).
        var creditedBefore = 0, wrongBefore = 0, twinsBefore = 0
        var report: [String] = []
        // Act
        for statement in statements {
            let read = Self.checks(statement.text, statement.anchor)
            let isCredited = read.contains { $0.consistent }, isFlagged = read.contains { !$0.consistent }
            let before = read.filter { !Self.isBalanceReading($0) }
            if statement.verdict == "ok", before.contains(where: { $0.consistent }), !before.contains(where: { !$0.consistent }) { creditedBefore += 1 }
            if statement.verdict == "wrong", before.contains(where: { !$0.consistent }) { wrongBefore += 1 }
            switch statement.verdict {
            case "ok":
                if isCredited && !isFlagged { credited += 1 }
                if isFlagged { falseFlags += 1 }
            case "wrong":
                if isFlagged { wrongFlagged += 1 }
            default:
                if !Self.flags(statement.text).isEmpty { falseFlags += 1 }
            }
            var twin = false
            if statement.verdict == "ok", let moved = CrossSentenceRatioProbeTests.perturbed(statement.anchor) {
                twins += 1
                let read = Self.checks(statement.text.replacingOccurrences(of: statement.anchor, with: moved), moved)
                twin = read.contains { !$0.consistent }
                if read.contains(where: { !$0.consistent && !Self.isBalanceReading($0) }) { twinsBefore += 1 }
                if twin { twinsFlagged += 1 } else { report.append("  twin \(moved) read as: \(read.map(\.statement))") }
            } else if statement.verdict == "open", let moved = CrossSentenceRatioProbeTests.perturbed(statement.anchor),
                      !Self.flags(statement.text.replacingOccurrences(of: statement.anchor, with: moved)).isEmpty {
                falseFlags += 1
                report.append("  open twin \(moved) flagged")
            }
            report.append("\(statement.verdict) credited=\(isCredited) flagged=\(isFlagged) twin flagged=\(twin) | \(statement.anchor) | \(read.map(\.statement))")
        }
        let ok = statements.filter { $0.verdict == "ok" }.count, wrong = statements.filter { $0.verdict == "wrong" }.count
        print("xbalance probe: \(statements.count) statements (\(ok) ok, \(wrong) wrong, \(statements.count - ok - wrong) open): ok credited \(credited)/\(ok), false flags \(falseFlags), wrong flagged \(wrongFlagged)/\(wrong), perturbed twins flagged \(twinsFlagged)/\(twins); without this pass's reader: ok credited \(creditedBefore), wrong flagged \(wrongBefore), twins flagged \(twinsBefore)")
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_ACCURACY_MISSES"] {
            try report.joined(separator: "\n").write(toFile: path + ".xbalance.txt", atomically: true, encoding: .utf8)
        }
        // Assert
        #expect(statements.count >= 30)
        #expect(falseFlags == 0, "\(report.filter { $0.contains("flagged=true twin") && !$0.hasPrefix("wrong") || $0.contains("open twin") })")
        #expect(credited >= 24)
        #expect(wrongFlagged >= 2)
        #expect(twinsFlagged >= 17)
    }
}
