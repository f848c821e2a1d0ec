import Foundation
import Testing
@testable import TaizhangText

/// Real sentences for the quantity families of metrics19 (Tests/Fixtures/probes/metrics19.txt),
/// each with a hand verdict written before the checker read it: every quantity it holds as value,
/// unit and qualifier, and the figures that are none (codes, dates, times, a lower group read
/// alone). An item is right when all its quantities are read exactly and no such figure is read,
/// wrong when such a figure is read, missed otherwise. Counts per family are printed and held.
@Suite struct Metrics19ProbeTests {
    struct Want { var value: Double, unit: String, qualifier: String? }
    struct Item {
        var url = "", family = "", line = ""
        var want: [Want] = [], not: [Double] = []
    }

    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/probes/metrics19.txt")

    /// The items of a probe file in this format (metrics19.txt, numerals21.txt).
    static func items(from file: URL = Self.url) throws -> [Item] {
        var items: [Item] = [], url = ""
        for raw in try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            func value(_ key: String) -> String? {
                line.hasPrefix(key) ? String(line.dropFirst(key.count)).trimmingCharacters(in: .whitespaces) : nil
            }
            if let address = value("## ") { url = address }
            if let body = value("item:") {
                let parts = body.components(separatedBy: " | ")
                items.append(Item(url: url, family: parts[0], line: parts.dropFirst().joined(separator: " | ")))
            }
            if let list = value("want:") {
                items[items.count - 1].want = list.split(separator: ";").compactMap { entry in
                    let fields = entry.split(separator: " ")
                    guard fields.count == 3, let number = Double(fields[0]) else { return nil }
                    return Want(value: number, unit: String(fields[1]), qualifier: fields[2] == "-" ? nil : String(fields[2]))
                }
            }
            if let list = value("not:") { items[items.count - 1].not = list.split(separator: ";").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) } }
        }
        return items
    }

    enum Outcome: String { case right, wrong, missed }

    static func outcome(_ item: Item) -> (Outcome, String) {
        let read = Checker.check(text: "概况\n" + item.line).quantities
        let same = { (a: Double, b: Double) in abs(a - b) < 1e-6 }
        let falseRead = item.not.filter { value in
            read.contains { same($0.value, value) } && !item.want.contains { same($0.value, value) }
        }
        let lost = item.want.filter { want in
            !read.contains { same($0.value, want.value) && $0.unit == want.unit && $0.qualifier == want.qualifier }
        }
        let detail = "read \(read.map { "\($0.value) \($0.unit) \($0.qualifier ?? "-")" })"
        if !falseRead.isEmpty { return (.wrong, detail) }
        return (lost.isEmpty ? .right : .missed, detail)
    }

    @Test func realSentencesOfTheFamiliesAreReadAsTheirVerdicts() throws {
        let items = try Self.items()
        #expect(items.count >= 28)
        var tally: [String: [Outcome: Int]] = [:]
        for item in items {
            let (outcome, detail) = Self.outcome(item)
            tally[item.family, default: [:]][outcome, default: 0] += 1
            if outcome != .right { print("metrics19 probe \(outcome.rawValue): \(item.family) | \(item.line.prefix(40)) — \(detail)") }
        }
        for family in tally.keys.sorted() {
            let counts = tally[family]!
            print("metrics19 probe \(family): right \(counts[.right] ?? 0), wrong \(counts[.wrong] ?? 0), missed \(counts[.missed] ?? 0)")
        }
        let right = tally.values.reduce(0) { $0 + ($1[.right] ?? 0) }
        let wrong = tally.values.reduce(0) { $0 + ($1[.wrong] ?? 0) }
        print("metrics19 probe total: \(right) right, \(wrong) wrong of \(items.count)")
        #expect(right >= Self.rightFloor)
        #expect(wrong <= Self.wrongCeiling)
    }

    /// Main (53f6a30) read 12 of the 28 right, 4 wrong; the two wrong items left are older
    /// readings outside these families (a ROC year `110 年` read as a duration, a time's `30分`),
    /// the missed one a range's second end (16万m3至17万m3).
    static let rightFloor = 25
    static let wrongCeiling = 2
}
