import Foundation
import Testing
@testable import TaizhangText

/// The cli20 rewrites against the forms they replaced: a hit's measure facts read in one pass
/// (`QuantityHit.measureFacts`) against the separate readings (`measureKeys`, `percent`,
/// `isExactly`, `points`), `measureStartsWithGe` against `hasPrefix("个")`, and the spool's
/// pointer chunks against the order written by hand for records larger than a chunk and empty ones.
@Suite struct Cli20OracleTests {
    private static func hit(measure: String) -> QuantityHit {
        let number = ParsedNumber(value: 3, start: 0, end: 1, decimals: 0, isChinese: false)
        return QuantityHit(number: number, start: 0, end: 2, unit: measure, measure: measure, qualifier: nil,
                           prefixQualifier: nil, postQualifier: nil, change: nil, subject: .empty)
    }

    /// The measures of the seeds and the dev corpus, with 百分点 and 次 added to each, and
    /// words near the byte tests' edges (a percent sign with more after it, 百分点 cut, not
    /// plain forms, a compatibility ideograph, a NUL).
    private static func measures() -> [String] {
        var found = Set<String>()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let folders = ["Fixtures/seeds", "Fixtures/corpus/dev"].map { root.appendingPathComponent($0) }
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where name.hasSuffix(".txt") {
                guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
                for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    for hit in QuantityScanner.scan(LineText(number: index + 1, raw: raw.unicodeScalars.map(\.value))) { found.insert(hit.measure) }
                }
            }
        }
        let odd = ["个", "个人", "个\u{302A}", "个\u{FE00}", "个e\u{301}", "个百分点", "\u{FF9E}个", "个\u{FF9E}", "%", "‰", "％", "%%", "%\u{0}", "\u{0}%", "‰次", "百分点", "个百分点", "分点", "百分", "百分点次", "个百分点\u{302A}",
                   "e\u{301}百分点", "百分\u{F9D1}", "\u{F98E}", "年", "é", "\u{AC00}", "", "万元", "人次", "平方公里每人", "🙂"]
        let sorted = found.sorted()
        return sorted + sorted.map { $0 + "百分点" } + sorted.map { $0 + "次" } + odd
    }

    @Test func measureFactsAgreeWithTheSeparateReadings() {
        // Setup
        let measures = Cli20OracleTests.measures()
        var mismatches: [String] = []

        for measure in measures {
            // Act: set at creation, and again through the measure's setter.
            var hit = Cli20OracleTests.hit(measure: "个")
            hit.measure = measure
            for candidate in [Cli20OracleTests.hit(measure: measure), hit] {
                let keys = QuantityHit.measureKeys(measure)
                // Assert
                if candidate.isPercent != QuantityHit.percent(measure) || candidate.isPercentSign != QuantityHit.isExactly(measure, "%")
                    || candidate.isPoints != QuantityHit.points(measure) || candidate.measureKey != keys.packed
                    || candidate.plainMeasure != keys.plain
                    || QuantityHit.measureStartsWithGe(candidate) != measure.hasPrefix("个") {
                    mismatches.append(measure)
                }
            }
        }
        #expect(measures.count > 200)
        #expect(measures.contains("%") && measures.contains("个百分点") && measures.contains("个\u{302A}"))
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func spoolChunksKeepOrderAcrossLargeAndEmptyRecords() throws {
        // Setup: small records, one larger than a chunk, empty ones, one late.
        let sizes = [10, 0, Spool.chunkSize + 4_096, 3, 0, Spool.chunkSize - 30, 7, 500_000, 600_000, 1]
        var items: [(line: Int, column: Int, bytes: [UInt8])] = []
        for (index, size) in sizes.enumerated() {
            items.append((index + 2, 1, [UInt8](repeating: UInt8(0x41 + index), count: size)))
        }
        items.append((1, 1, Array("late".utf8)))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("out.json")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)

        // Act
        let spool = Spool(budget: SpoolBudget(bytes: 1 << 30))
        for item in items { item.bytes.withUnsafeBufferPointer { spool.add(line: item.line, column: item.column, bytes: $0) } }
        let out = ByteWriter(descriptor: handle.fileDescriptor)
        spool.replay(documentOf: { _ in 1 }, into: out)
        out.drain()
        try handle.close()
        let written = Array(try Data(contentsOf: url))

        // Assert
        var expected: [UInt8] = []
        for (index, item) in items.sorted(by: { $0.line < $1.line }).enumerated() {
            expected += index == 0 ? [0x0A] : [0x2C, 0x0A]
            expected += item.bytes
        }
        #expect(spool.count == items.count)
        #expect(written == expected)
    }
}
