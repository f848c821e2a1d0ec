import Foundation
import Testing
@testable import TaizhangText

/// Real lines whose text was damaged on its way to the web (Tests/Fixtures/probes/xnorm.txt;
/// twenty-third pass, xnorm), each with a hand verdict written before the checker read it: the
/// quantities the line holds, the figures that are none (a name's digits, a figure whose decimal
/// point was lost), its deleted numbers and its blanks. A line is right when the checker reads
/// exactly that, wrong when it reads a figure that is none or reports a finding the line does not
/// hold, missed otherwise. The counts per class are printed and held at their floors.
@Suite struct ResidueProbeTests {
    struct Item {
        var url = "", kind = "", line = ""
        var want: [(Double, String)] = [], not: [Double] = []
        var missing = 0, placeholders = 0
    }

    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/probes/xnorm.txt")

    static func items() throws -> [Item] {
        var items: [Item] = [], url = ""
        for raw in try String(contentsOf: Self.url, encoding: .utf8).components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            func value(_ key: String) -> String? {
                line.hasPrefix(key) ? String(line.dropFirst(key.count)).trimmingCharacters(in: .whitespaces) : nil
            }
            if let address = value("## ") { url = address }
            if let body = value("item:") {
                let parts = body.components(separatedBy: " | ")
                items.append(Item(url: url, kind: parts[0], line: parts.dropFirst().joined(separator: " | ")))
            }
            if let list = value("want:") {
                items[items.count - 1].want = list.split(separator: ";").compactMap { entry in
                    let fields = entry.split(separator: " ")
                    guard fields.count == 2, let number = Double(fields[0]) else { return nil }
                    return (number, String(fields[1]))
                }
            }
            if let list = value("not:") { items[items.count - 1].not = list.split(separator: ";").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) } }
            if let count = value("missing:") { items[items.count - 1].missing = Int(count) ?? 0 }
            if let count = value("placeholders:") { items[items.count - 1].placeholders = Int(count) ?? 0 }
        }
        return items
    }

    enum Outcome: String { case right, wrong, missed }

    static func outcome(_ item: Item) -> (Outcome, String) {
        let report = Checker.check(text: "概况\n" + item.line)
        let read = report.quantities
        // A figure that is none must not be read — unless the line also holds it as a quantity.
        let same = { (a: Double, b: Double) in abs(a - b) < 1e-9 }
        let false1 = item.not.filter { value in
            read.contains { same($0.value, value) } && !item.want.contains { same($0.0, value) }
        }
        let missing = report.findings.filter { $0.kind == .missingNumber }.count
        let blanks = report.findings.filter { $0.kind == .placeholder }.count
        let lost = item.want.filter { want in !read.contains { same($0.value, want.0) && $0.unit == want.1 } }
        let detail = "read \(read.map { "\($0.value) \($0.unit)" }), missing \(missing), placeholders \(blanks)"
        if !false1.isEmpty || missing > item.missing || blanks > item.placeholders { return (.wrong, detail) }
        if !lost.isEmpty || missing < item.missing || blanks < item.placeholders { return (.missed, detail) }
        return (.right, detail)
    }

    @Test func realDamagedLinesAreReadAsTheirVerdicts() throws {
        let items = try Self.items()
        #expect(items.count >= 30)
        var tally: [String: [Outcome: Int]] = [:]
        for item in items {
            let (outcome, detail) = Self.outcome(item)
            tally[item.kind, default: [:]][outcome, default: 0] += 1
            if outcome != .right { print("xnorm probe \(outcome.rawValue): \(item.kind) | \(item.line.prefix(40)) — \(detail)") }
        }
        for kind in tally.keys.sorted() {
            let counts = tally[kind]!
            print("xnorm probe \(kind): right \(counts[.right] ?? 0), wrong \(counts[.wrong] ?? 0), missed \(counts[.missed] ?? 0)")
        }
        let right = tally.values.reduce(0) { $0 + ($1[.right] ?? 0) }
        let wrong = tally.values.reduce(0) { $0 + ($1[.wrong] ?? 0) }
        print("xnorm probe total: \(right) right, \(wrong) wrong of \(items.count)")
        #expect(right >= Self.rightFloor)
        #expect(wrong <= Self.wrongCeiling)
    }

    static let rightFloor = 35
    static let wrongCeiling = 1
}
