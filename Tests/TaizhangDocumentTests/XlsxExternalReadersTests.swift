import Foundation
import Testing
@testable import TaizhangDocument

/// The workbook opened by the readers offices and scripts use: openpyxl (Python) and
/// LibreOffice (headless, converting to CSV). Runs where they are installed; with
/// TZ_REQUIRE_OFFICE=1 (`scripts/xlsx/prove.sh`, which installs python3-openpyxl and
/// libreoffice-calc-nogui, run by CI) a missing reader fails instead of skipping.
struct XlsxExternalReadersTests {
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let hasOpenpyxl = python.map { run($0, ["-c", "import openpyxl"]).status == 0 } ?? false
    static let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let required = ProcessInfo.processInfo.environment["TZ_REQUIRE_OFFICE"] == "1"

    static func run(_ tool: String, _ args: [String]) -> (status: Int32, out: String) {
        let p = Process(), pipe = Pipe()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return (-1, "") }
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    static func workbook() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tz-\(UUID().uuidString).xlsx")
        try XlsxWriter(date: DocDate(year: 2024, month: 7, day: 3), title: "台账").data(for: [XlsxWriterTests.ledger]).write(to: url)
        return url
    }

    @Test(.enabled(if: hasOpenpyxl || required)) func openpyxlReadsTypedCells() throws {
        // setup
        let url = try Self.workbook()
        defer { try? FileManager.default.removeItem(at: url) }
        let script = """
        import sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1]).active
        print(ws.title, ws.freeze_panes, ws.auto_filter.ref)
        for row in ws.iter_rows(values_only=True): print(repr(row))
        """
        // act
        let (status, out) = Self.run(try #require(Self.python), ["-c", script, url.path])
        // assert
        #expect(status == 0)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.first == "城关街道台账 A2 A1:D3")
        #expect(lines.dropFirst().first == "('日期', '标题', '演出场次', '占比')")
        #expect(lines.dropFirst(2).first == #"(datetime.datetime(2024, 6, 30, 0, 0), '=HYPERLINK("http://x")', 5, 0.875)"#)
        #expect(lines.dropFirst(3).first == "(datetime.datetime(2024, 1, 1, 0, 0), '  前后空格 & <标记> ', -2.5, None)")
    }

    @Test(.enabled(if: soffice != nil || required)) func libreOfficeOpensIt() throws {
        // setup
        let url = try Self.workbook()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tz-lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url); try? FileManager.default.removeItem(at: out) }
        // act
        let (status, _) = Self.run(try #require(Self.soffice, "LibreOffice (soffice) is not installed"), ["-env:UserInstallation=file://\(out.path)/profile", "--headless",
                                                   "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out.path, url.path])
        // assert
        #expect(status == 0)
        let csv = try String(contentsOf: out.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".csv"), encoding: .utf8)
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first == "日期,标题,演出场次,占比")
        #expect(lines.dropFirst().first == #"2024-06-30,"=HYPERLINK(""http://x"")",5,87.5%"#)
        #expect(lines.dropFirst(2).first == "2024-01-01,  前后空格 & <标记> ,-2.5,")
    }
}
