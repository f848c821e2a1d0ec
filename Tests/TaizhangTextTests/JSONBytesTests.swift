import Foundation
import Testing
@testable import TaizhangText

/// The items' hand-written JSON (`JSONBytes`, written through a `ByteBuffer`) must be what
/// `JSONEncoder` writes for them (sorted keys, slashes unescaped), the `document` slot aside.
@Suite struct JSONBytesTests {
    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `write`'s bytes with the NUL slot of `document` replaced by `document`.
    private static func handWritten(document: Int, _ write: (inout ByteBuffer) -> Void) -> String {
        var bytes: [UInt8] = []
        for byte in ByteBuffer.written(write) {
            if byte == JSONBytes.documentSlot { bytes += Array(String(document).utf8) } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func itemsOfTheSeedsAndCorpusAreWhatJSONEncoderWrites() throws {
        // Setup
        let texts = Fixtures.seeds + Fixtures.corpus("dev").map(\.text)
        try #require(texts.count > 30)
        let encoder = JSONBytesTests.encoder()
        var items = 0
        for text in texts {
            let report = try Checker.check(fileAt: text)
            for finding in report.findings {
                // Act / Assert
                let expected = String(decoding: try encoder.encode(finding), as: UTF8.self)
                #expect(JSONBytesTests.handWritten(document: finding.document) { JSONBytes.finding(finding, into: &$0) } == expected)
                items += 1
            }
            for check in report.checks {
                let expected = String(decoding: try encoder.encode(check), as: UTF8.self)
                #expect(JSONBytesTests.handWritten(document: check.document) { JSONBytes.check(check, into: &$0) } == expected)
                items += 1
            }
            for quantity in report.quantities {
                let expected = String(decoding: try encoder.encode(quantity), as: UTF8.self)
                #expect(JSONBytesTests.handWritten(document: quantity.document) { JSONBytes.quantity(quantity, into: &$0) } == expected)
                items += 1
            }
            for item in report.outline {
                let expected = String(decoding: try encoder.encode(item), as: UTF8.self)
                #expect(JSONBytesTests.handWritten(document: item.document) { JSONBytes.outline(item, into: &$0) } == expected)
                items += 1
            }
        }
        #expect(items > 2000)
    }

    @Test(arguments: ["引号\"与反斜杠\\", "换行\n回车\r制表\t", "控制\u{01}\u{1F}字符", "斜杠/不转义", String(repeating: "长文本", count: 800), ""])
    func escapedAndLongStringsAreWhatJSONEncoderWrites(text: String) throws {
        // Setup
        let finding = Finding(kind: .duplicate, severity: .warning, line: 3, column: 7, text: text,
                              message: text + "。", messageEn: nil)

        // Act
        let written = JSONBytesTests.handWritten(document: finding.document) { JSONBytes.finding(finding, into: &$0) }

        // Assert
        #expect(written == String(decoding: try JSONBytesTests.encoder().encode(finding), as: UTF8.self))
    }

    @Test func plainTestAgreesWithAByteScan() {
        // Setup: random bytes, and strings with one byte that needs an escape (or one just
        // beside those values) at every position of the eight-byte words and the tail.
        var state: UInt64 = 5
        func next() -> UInt8 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 40)
        }
        var inputs: [[UInt8]] = (0..<3000).map { _ in (0..<Int(next() % 40)).map { _ in next() | 0x20 } }
        for special: UInt8 in [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xE2, 0xFF] {
            for length in [1, 7, 8, 9, 16, 21] {
                for position in 0..<length {
                    var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = special
                    inputs.append(bytes)
                }
            }
        }
        for bytes in inputs {
            // Act
            let fast = bytes.withUnsafeBufferPointer { JSONBytes.isPlain($0) }
            let slow = !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }

            // Assert
            #expect(fast == slow, "\(bytes)")
        }
    }
}
