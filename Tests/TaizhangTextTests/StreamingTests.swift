import Foundation
import Testing
@testable import TaizhangText

/// The streaming command line (`taizhang check --format json`): the same report as the
/// in-memory check, a size limit with a clear message, and non-UTF-8 input.
@Suite struct StreamingTests {
    /// Runs the streaming JSON output into a file and decodes it.
    private func stream(_ paths: [String], run: CheckRun = CheckRun(format: .json)) throws -> (CheckReport?, [String], Int32) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("out.json")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        let (errors, code) = run.streamJSON(paths: paths, to: handle.fileDescriptor)
        try handle.close()
        let data = try Data(contentsOf: output)
        return (try? JSONDecoder().decode(CheckReport.self, from: data), errors, code)
    }

    @Test func streamedJSONIsTheInMemoryReport() throws {
        // Setup
        let seeds = Fixtures.seeds
        try #require(!seeds.isEmpty)

        // Act
        let (streamed, errors, _) = try stream(seeds.map(\.path))

        // Assert
        #expect(errors.isEmpty)
        let documents = try #require(streamed?.documents)
        #expect(documents.count == seeds.count)
        for (document, seed) in zip(documents, seeds) {
            let expected = try Checker.check(fileAt: seed)
            #expect(document.path == seed.path)
            #expect(document.subdocuments == expected.subdocuments)
            #expect(document.findings == expected.findings)
            #expect(document.checks == expected.checks)
            #expect(document.quantities == expected.quantities)
            #expect(document.outline == expected.outline)
        }
    }

    @Test func inputsAboveTheLimitAreRefusedWithAHint() throws {
        // Setup
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let big = try folder.write(Array(repeating: UInt8(ascii: "a"), count: 2 * 1_048_576 + 1), named: "big.txt")

        // Act
        let (report, errors, code) = try stream([big.path], run: CheckRun(format: .json, byteLimit: 2 * 1_048_576))

        // Assert
        #expect(code == CheckRun.exitUnreadable)
        #expect(errors.first?.contains("--max-size") == true)
        #expect(report?.documents.isEmpty == true)
    }

    @Test func nonUTF8InputIsDecodedWhole() throws {
        // Setup: GB18030 bytes of "共举办活动次。" after a valid ASCII prefix.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(Array("abc\n".utf8) + EncodingTests.gb18030, named: "gb.txt")

        // Act
        let (report, errors, _) = try stream([file.path])

        // Assert
        #expect(errors.isEmpty)
        #expect(report?.documents.first?.encoding == "gb18030")
    }
}
