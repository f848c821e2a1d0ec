import ArgumentParser
import TaizhangServer

struct ServiceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "service",
        abstract: "政务服务中心电子监察：导入办件、计算效能指标。Service-centre supervision (SPEC §7).",
        subcommands: [Import.self, Rates.self, Ratings.self, Stars.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "导入办件（CSV或XLSX，全部无误才导入）。Import cases, all or nothing.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "The centre's unit id or name.") var centre: String
        @Argument(help: "A .csv or .xlsx exported from the approval system.") var file: String

        func run() async throws {
            for line in try await TaizhangCLI.serviceImport(config: storage.config(), centre: centre, file: file) { print(line) }
        }
    }

    struct Rates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "办结率、按时办结率、提速率（按部门和窗口）。Rates per department and window.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "The centre's unit id or name.") var centre: String
        @Option(help: "Period code: 2026H1, 2026Q2, 2026M06, 2026.") var period: String

        func run() async throws {
            for line in try await TaizhangCLI.serviceRates(config: storage.config(), centre: centre, period: period) { print(line) }
        }
    }

    struct Ratings: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "某月好差评：满意率、窗口排名、约谈。A month's ratings, ranking and summons.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "The centre's unit id or name.") var centre: String
        @Option(help: "Month code, e.g. 2026M06.") var month: String

        func run() async throws {
            for line in try await TaizhangCLI.serviceRatings(config: storage.config(), centre: centre, month: month) { print(line) }
        }
    }

    struct Stars: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "季度服务明星评选，可导出通报（.docx）。The quarter's service stars, and the circular.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "The centre's unit id or name.") var centre: String
        @Option(help: "Quarter code, e.g. 2026Q2.") var period: String
        @Option(help: "Write the circular (.docx) to this file.") var output: String?

        func run() async throws {
            for line in try await TaizhangCLI.serviceStars(config: storage.config(), centre: centre, period: period, output: output) { print(line) }
        }
    }
}
