import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing

/// `taizhang service import|rates|ratings|stars` on a database file, as an operator runs them.
@Suite struct ServiceCommandTests {
    @Test func importRatesRatingsAndStarsFromTheCommandLine() async throws {
        // setup: a database file with the small service centre, and its cases as a CSV file
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tz-service-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let config = AppConfig(database: .sqlite(path: dir.appendingPathComponent("taizhang.sqlite").path), dataDirectory: dir.path,
                               runsReminderJob: false)
        _ = try await TaizhangCLI.withApp(config) { app in try await ServiceWorld.load(app) }
        let csv = dir.appendingPathComponent("cases.csv").path
        try ServiceWorld.csv.write(toFile: csv, atomically: true, encoding: .utf8)
        let circular = dir.appendingPathComponent("stars.docx").path
        let centre = "测试区政务服务中心"

        // act
        let imported = try await TaizhangCLI.serviceImport(config: config, centre: centre, file: csv)
        let rates = try await TaizhangCLI.serviceRates(config: config, centre: centre, period: "2024Q2")
        let ratings = try await TaizhangCLI.serviceRatings(config: config, centre: centre, month: "2024M06")
        let stars = try await TaizhangCLI.serviceStars(config: config, centre: centre, period: "2024Q2", output: circular)

        // assert
        #expect(imported.joined().contains("新增8件"), "\(imported)")
        #expect(rates.first?.contains("2024年第二季度") == true && rates.contains { $0.hasPrefix("合计\t受理") }, "\(rates)")
        #expect(ratings.first == "\(centre) 2024年6月 好差评" && ratings.contains { $0.hasPrefix("合计\t评价0") }, "\(ratings)")
        #expect(stars.first?.contains("服务明星") == true && stars.contains { $0.contains("许文静") } && stars.contains { $0.contains("冯涛") }, "\(stars)")
        let docx = try Data(contentsOf: URL(fileURLWithPath: circular))
        #expect(docx.prefix(2) == Data("PK".utf8))
        await #expect(throws: CLIError.self) { _ = try await TaizhangCLI.serviceRatings(config: config, centre: centre, month: "2024Q2") }
        await #expect(throws: CLIError.self) { _ = try await TaizhangCLI.serviceStars(config: config, centre: "区文化和旅游局进驻窗口", period: "2024Q2", output: nil) }
    }
}
