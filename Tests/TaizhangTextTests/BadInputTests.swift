import Foundation
import Testing
@testable import TaizhangText

/// Hostile or broken inputs end in a clear error or a result, never a crash or hang.
@Suite struct BadInputTests {
    private func error(of url: URL, options: CheckOptions = CheckOptions()) -> TextInputError? {
        do { _ = try Checker.check(fileAt: url, options: options); return nil } catch { return error as? TextInputError }
    }

    private func docx(_ folder: TemporaryFolder, xml: Data, name: String = "test.docx") throws -> URL {
        try folder.write(StoredZip.archive([("word/document.xml", [UInt8](xml))]), named: name)
    }

    static let documentXML = """
    <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:body>\
    <w:p><w:r><w:t>一、文化活动</w:t></w:r></w:p>\
    <w:p><w:r><w:t>共举办活动</w:t></w:r><w:r><w:t xml:space="preserve">12场,受众达14余万人次 &amp; 20xx年。</w:t></w:r></w:p>\
    </w:body></w:document>
    """

    @Test func docxParagraphsAreRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try docx(folder, xml: Data(BadInputTests.documentXML.utf8))
        let report = try Checker.check(fileAt: url)
        #expect(report.encoding == "docx")
        #expect(report.outline.map(\.marker) == ["一、"])
        #expect(report.quantities.map(\.text) == ["12场", "达14余万人次"])
        #expect(report.findings.contains { $0.kind == .placeholder && $0.line == 2 })
    }

    @Test func emptyFileIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(error(of: try folder.write([], named: "empty.txt")) == .empty(path: folder.url.appendingPathComponent("empty.txt").path))
    }

    @Test func binaryGarbageIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let url = try folder.write(bytes, named: "garbage.txt")
        #expect(error(of: url) != nil)
    }

    @Test func invalidUTF8IsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = Array("共举办活动".utf8) + [0xC3, 0x28, 0xA0, 0xA1] + Array("12场".utf8)
        #expect(error(of: try folder.write(bytes, named: "bad.txt")) != nil)
    }

    @Test func truncatedDocxIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try docx(folder, xml: Data(String(repeating: BadInputTests.documentXML, count: 50).utf8))
        let data = try Data(contentsOf: url)
        try data.prefix(data.count / 2).write(to: url)
        #expect(error(of: url) != nil)
    }

    @Test func zipBombIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let xml = Data(repeating: UInt8(ascii: "a"), count: 8 * 1_048_576)
        let url = try docx(folder, xml: xml)
        let options = CheckOptions(docxInflateLimit: 1_048_576)
        #expect(error(of: url, options: options) == .docxTooLarge(path: url.path, limit: 1_048_576))
    }

    @Test func entityExpansionIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let xml = """
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\
        <w:document><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>
        """
        let url = try docx(folder, xml: Data(xml.utf8))
        #expect(error(of: url) == .unsafeXML(path: url.path))
    }

    @Test func oversizedFileIsRefusedBeforeReading() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("huge.txt")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()
        let options = CheckOptions(byteLimit: 64 * 1_048_576)
        #expect(error(of: url, options: options) == .tooLarge(path: url.path, limit: 64 * 1_048_576))
        // Without the limit, 100 MB of NUL bytes is recognised as binary, not decoded.
        #expect(error(of: url) == .binary(path: url.path))
    }

    @Test func largeTextIsCheckedToTheEnd() throws {
        let line = "共举办活动12场,受众达14余万人次,20xx年开展培训x次。\n"
        let report = Checker.check(text: String(repeating: line, count: 50_000))
        #expect(report.quantities.count == 100_000)
        #expect(report.findings.filter { $0.kind == .placeholder }.count == 100_000)
    }

    @Test func directoryAndMissingFileAreErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(error(of: folder.url) != nil)
        #expect(error(of: folder.url.appendingPathComponent("missing.txt")) != nil)
    }
}
