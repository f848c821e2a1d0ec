import Foundation
import Testing
@testable import TaizhangText

/// Encodings are detected from the bytes, never from the file name.
@Suite struct EncodingTests {
    static let sample = "二、文化活动\n共举办活动12场,受众达14余万人次。𠮷\n"
    /// The sample as produced by `iconv -f UTF-8 -t GB18030` (includes a 4-byte sequence).
    static let gb18030: [UInt8] = [182, 254, 161, 162, 206, 196, 187, 175, 187, 238, 182, 175, 10, 185, 178, 190, 217, 176, 236,
                                   187, 238, 182, 175, 49, 50, 179, 161, 44, 202, 220, 214, 218, 180, 239, 49, 52, 211, 224,
                                   205, 242, 200, 203, 180, 206, 161, 163, 149, 52, 178, 53, 10]

    @Test func gb18030IsDetectedAndDecoded() throws {
        let (text, encoding) = try TextDecoder.decode(EncodingTests.gb18030)
        #expect(encoding == .gb18030)
        #expect(text == EncodingTests.sample)
    }

    @Test func gb18030FileProducedByIconvIsChecked() throws {
        // Setup: a real file written by iconv when the tool exists, else the recorded bytes.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(EncodingTests.gb18030, named: "summary.txt")
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/iconv") {
            let source = try folder.write(Array(EncodingTests.sample.utf8), named: "utf8.txt")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
            process.arguments = ["-f", "UTF-8", "-t", "GB18030", source.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let produced = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            try produced.write(to: file)
        }
        // Act
        let report = try Checker.check(fileAt: file)
        // Assert
        #expect(report.encoding == "gb18030")
        #expect(report.quantities.map(\.unit) == ["场", "万人次"])
        #expect(report.outline.first?.marker == "二、")
    }

    static let utf8: [UInt8] = Array(sample.utf8)
    static let utf16LE: [UInt8] = [0xFF, 0xFE] + sample.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
    static let utf16BE: [UInt8] = [0xFE, 0xFF] + sample.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
    static let unicodeCases: [([UInt8], TextEncoding)] = [
        ([0xEF, 0xBB, 0xBF] + utf8, .utf8BOM), (utf8, .utf8), (utf16LE, .utf16LE), (utf16BE, .utf16BE),
    ]

    @Test(arguments: unicodeCases)
    func unicodeEncodings(bytes: [UInt8], expected: TextEncoding) throws {
        let (text, encoding) = try TextDecoder.decode(bytes)
        #expect(encoding == expected)
        #expect(text == EncodingTests.sample)
    }

    @Test func fullWidthAndHalfWidthAreBothAccepted() {
        let report = Checker.check(text: "(一)活动\n1.演出\n（二）培训\n2．讲座，共举办１２场。")
        #expect(report.outline.map(\.level) == [1, 2, 1, 2])
        #expect(report.quantities.first?.value == 12)
    }

    @Test func columnsCountCharacters() throws {
        let report = Checker.check(text: "👍🏽文化站20xx年")
        let finding = try #require(report.findings.first { $0.kind == .placeholder })
        #expect(finding.column == 5)   // 👍🏽 is one character (two scalars)
    }
}
