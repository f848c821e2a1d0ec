import ArgumentParser
import TaizhangServer

struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "计算并保存示范区（项目）信息宣传评分，输出排名和得分明细。Score publicity (SPEC §4.6) and print the ranking.")

    @OptionGroup var storage: StorageOptions
    @Option(help: "Scoring window: a half-year for zones (2024H1) or a cycle for projects (2024-2025).") var period: String
    @Option(help: "Unit id, code or name whose subtree is scored (default: the whole tree).") var unit: String?
    @Option(help: "text, or docx, md or html for the circular (通报).") var format = "text"
    @Option(help: "File to write the circular to.") var output: String?

    func run() async throws {
        for line in try await TaizhangCLI.score(config: storage.config(), window: period, unit: unit, format: format, output: output) {
            print(line)
        }
    }
}
