import Foundation
import Testing
@testable import TaizhangText

/// The streaming check's worker threads (`LinePipeline`, `LineFacts`) must not change
/// the output: the same bytes with and without workers, whatever the batch boundaries,
/// on the seeds, every corpus text and all of them joined into one input.
@Suite struct PipelineTests {
    /// The streamed JSON of `paths` with `run`, as bytes.
    private func streamBytes(_ paths: [String], run: CheckRun) throws -> [UInt8] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("out.json")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        let (errors, _) = run.streamJSON(paths: paths, to: handle.fileDescriptor)
        try handle.close()
        #expect(errors.isEmpty)
        return Array(try Data(contentsOf: output))
    }

    private func run(workers: Int, batchLines: Int = LinePipeline.batchLines) -> CheckRun {
        var run = CheckRun(format: .json, failOn: .never, byteLimit: 64 * 1_048_576)
        run.workers = workers
        run.batchLines = batchLines
        return run
    }

    private var texts: [URL] { Fixtures.seeds + Fixtures.corpus("dev").map(\.text) + Fixtures.corpus("test").map(\.text) }

    @Test func workersAndBatchBoundariesDoNotChangeTheOutput() throws {
        // Setup: every text on its own, and all of them in one input (documents follow
        // each other, so state crosses from one into the next).
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let texts = self.texts
        try #require(texts.count > 60)
        var joined = Data()
        for text in texts { joined.append(try Data(contentsOf: text)); joined.append(0x0A) }
        let all = folder.url.appendingPathComponent("all.txt")
        try joined.write(to: all)
        let paths = texts.map(\.path) + [all.path]

        // Act
        let sequential = try streamBytes(paths, run: run(workers: 0))
        let pipelined = try streamBytes(paths, run: run(workers: 1))
        let smallBatches = try streamBytes(paths, run: run(workers: 2, batchLines: 3))
        let oneLineBatches = try streamBytes(paths, run: run(workers: 3, batchLines: 1))

        // Assert
        #expect(sequential.count > 1_000_000)
        #expect(pipelined == sequential)
        #expect(smallBatches == sequential)
        #expect(oneLineBatches == sequential)
    }

    @Test func pipelinedOutputIsTheInMemoryReportOnTheCorpus() throws {
        // Setup
        let texts = self.texts
        try #require(texts.count > 60)

        // Act
        let bytes = try streamBytes(texts.map(\.path), run: run(workers: 2, batchLines: 4))
        let report = try JSONDecoder().decode(CheckReport.self, from: Data(bytes))

        // Assert
        #expect(report.documents.count == texts.count)
        for (document, text) in zip(report.documents, texts) {
            let expected = try Checker.check(fileAt: text)
            #expect(document.subdocuments == expected.subdocuments)
            #expect(document.findings == expected.findings)
            #expect(document.checks == expected.checks)
            #expect(document.quantities == expected.quantities)
            #expect(document.outline == expected.outline)
        }
    }

    @Test func inputsDecodedWholeGoThroughTheWorkersAlike() throws {
        // Setup: UTF-16 (decoded whole), GB18030 after valid UTF-8 (the streaming read
        // restarts and decodes it whole), and a seed with CRLF line ends and a BOM.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let seed = try #require(Fixtures.seeds.first)
        let crlf = Array(try String(contentsOf: seed, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let files = [
            try folder.write(EncodingTests.utf16LE, named: "le.txt"),
            try folder.write(Array("abc\n".utf8) + EncodingTests.gb18030, named: "gb.txt"),
            try folder.write([0xEF, 0xBB, 0xBF] + crlf, named: "crlf.txt"),
        ]

        // Act
        let sequential = try streamBytes(files.map(\.path), run: run(workers: 0))
        let pipelined = try streamBytes(files.map(\.path), run: run(workers: 2, batchLines: 2))

        // Assert
        #expect(sequential.count > 10_000)
        #expect(pipelined == sequential)
    }

    @Test(arguments: [0, 1, -1, 9, 10, 99, 100, 12_345, -98_765, Int64.max, Int64.min, 999_999_999_999_999])
    func integersAreWrittenAsStringWritesThem(value: Int64) {
        // Setup
        var bytes = ByteBuffer(capacity: 1)
        defer { bytes.free() }
        bytes.append(0x41)

        // Act
        JSONBytes.int(value, into: &bytes)

        // Assert
        #expect(Array(bytes.bytes) == [0x41] + Array(String(value).utf8))
    }

    @Test(arguments: [0.0, 2.0, -3.0, 1.5, 0.25, 1e14, 12_345.678])
    func numbersAreWrittenAsBefore(value: Double) {
        // Setup
        var bytes = ByteBuffer(capacity: 1)
        defer { bytes.free() }
        let before = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"

        // Act
        JSONBytes.number(value, into: &bytes)

        // Assert
        #expect(Array(bytes.bytes) == Array(before.utf8))
    }
}
