import Foundation
import TaizhangDocument
import TaizhangWeb
@testable import TaizhangServer
import Testing
import Vapor

extension DatabaseTests {
    /// The server's .xlsx exports — the ledger, the reporting-rate matrix and a ranking — as
    /// LibreOffice reads them (headless, converted to CSV). Runs where `soffice` is installed;
    /// with TZ_REQUIRE_OFFICE=1 (scripts/xlsx/prove.sh, CI) a missing LibreOffice fails it.
    @Suite struct WorkbooksInLibreOfficeTests {
        static let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
        static let required = ProcessInfo.processInfo.environment["TZ_REQUIRE_OFFICE"] == "1"

        /// Converts every .xlsx in `dir` to CSV (UTF-8) with one LibreOffice start.
        static func convert(_ files: [URL], in dir: URL) throws -> Int32 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: try #require(soffice, "LibreOffice (soffice) is not installed"))
            p.arguments = ["-env:UserInstallation=file://\(dir.path)/profile", "--headless",
                           "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.path] + files.map(\.path)
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            return p.terminationStatus
        }

        @Test(.enabled(if: soffice != nil || required))
        func theExportsOpen() async throws {
            try await withApp(.sqlite) { app, w in
                // setup: an entry to export, and the three workbooks fetched as a user would
                let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tz-lo-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: dir) }
                let staff = try await Caller.login(app, "staff.a")
                try await ImportExportTests.entry(staff, unit: w.streetA, "文艺演出", performances: 2, audience: "300")
                let sup = try await Caller.login(app, "supervisor")
                let ledger = try await staff.get("/api/entries/export?unit=\(w.streetA)&format=xlsx")
                let matrix = try await sup.get("/api/matrix/export?plan=\(w.monthlyPlan)&unit=\(w.bureau)&from=2024M01&to=2024M06")
                let ranking = try XlsxWriter(date: DocDate(year: 2024, month: 7, day: 3)).data(for: [RankingSheet.table(
                    [.init(unitID: w.streetA, unitName: "城关街道", value: 0.5, valueText: "50% (3/6)"),
                     .init(unitID: w.streetB, unitName: "东湖街道", value: 0.5, valueText: "50% (3/6)")],
                    metric: "报送率", isRate: true, title: "下级单位排名")])
                let files = [("ledger", Data(buffer: ledger.body)), ("matrix", Data(buffer: matrix.body)), ("ranking", ranking)].map { name, data in
                    (dir.appendingPathComponent("\(name).xlsx"), data)
                }
                for (url, data) in files { try data.write(to: url) }
                // act
                let status = try Self.convert(files.map(\.0), in: dir)
                // assert
                #expect(ledger.status == .ok && matrix.status == .ok)
                #expect(status == 0)
                func lines(_ name: String) throws -> [String] {
                    try String(contentsOf: dir.appendingPathComponent("\(name).csv"), encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
                }
                let ledgerCSV = try lines("ledger"), matrixCSV = try lines("matrix"), rankingCSV = try lines("ranking")
                #expect(ledgerCSV.first?.contains("文艺演出场次（场）[performances]") == true, "\(ledgerCSV.prefix(2))")
                #expect(ledgerCSV.dropFirst().first?.contains("文艺演出") == true && ledgerCSV.dropFirst().first?.contains("余") == true,
                        "\(ledgerCSV.prefix(2))")
                #expect(matrixCSV.first?.hasPrefix("单位ID,单位代码,单位,2024年1月") == true, "\(matrixCSV.prefix(2))")
                #expect(matrixCSV.count == 1 + 2 + 1, "\(matrixCSV)")
                #expect(rankingCSV == ["名次,单位ID,单位,报送率,说明", "1,\(w.streetA),城关街道,50.0%,50% (3/6)", "1,\(w.streetB),东湖街道,50.0%,50% (3/6)"],
                        "\(rankingCSV)")
            }
        }
    }
}
