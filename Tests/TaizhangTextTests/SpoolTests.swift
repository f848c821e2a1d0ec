import Foundation
import Testing
@testable import TaizhangText

/// A spool replays its items in (line, column) order with their document numbers filled
/// in, whether it kept them in memory or spilled them to a temporary file (the record
/// headers are read back from bytes: `replay`).
@Suite struct SpoolTests {
    private struct Item { var line: Int; var column: Int; var bytes: [UInt8] }

    /// Items mostly in text order, some late (a line's earlier column, an earlier line).
    private static func items() -> [Item] {
        var items: [Item] = []
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var line = 1
        for index in 0..<3000 {
            line += next(3)
            let late = next(10) == 0
            let itemLine = late ? max(1, line - next(40)) : line
            let text = Array("{\"column\":\(index),\"document\":".utf8) + [JSONBytes.documentSlot]
                + Array(",\"text\":\"第\(index)项\(String(repeating: "文", count: next(300)))\"}".utf8)
            items.append(Item(line: itemLine, column: late ? 0 : 1 + next(50), bytes: text))
        }
        return items
    }

    private static func replayed(_ items: [Item], budget: Int) throws -> [UInt8] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("out.json")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let spool = Spool(budget: SpoolBudget(bytes: budget))
        for item in items { item.bytes.withUnsafeBufferPointer { spool.add(line: item.line, column: item.column, bytes: $0) } }
        let out = ByteWriter(descriptor: handle.fileDescriptor)
        spool.replay(documentOf: { $0 / 100 + 1 }, into: out)
        out.drain()
        try handle.close()
        return Array(try Data(contentsOf: url))
    }

    @Test func inMemoryAndSpilledSpoolsReplayInTextOrder() throws {
        // Setup: the order written by hand (a stable sort by line and column).
        let items = SpoolTests.items()
        var expected: [UInt8] = []
        for (index, item) in items.enumerated().sorted(by: { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }).map(\.element).enumerated() {
            expected += index == 0 ? [0x0A] : [0x2C, 0x0A]
            for byte in item.bytes {
                if byte == JSONBytes.documentSlot { expected += Array(String(item.line / 100 + 1).utf8) } else { expected.append(byte) }
            }
        }

        // Act
        let inMemory = try SpoolTests.replayed(items, budget: 1 << 30)
        let spilled = try SpoolTests.replayed(items, budget: 2_000)

        // Assert
        #expect(items.contains { $0.column == 0 })
        #expect(inMemory == expected)
        #expect(spilled == expected)
    }
}
