import ArgumentParser
import TaizhangServer

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "从工作总结导入候选台账（待人工确认）。Import candidate ledger entries from a summary (pending confirmation).")

    @OptionGroup var storage: StorageOptions
    @Argument(help: ".txt or .docx file") var file: String
    @Option(help: "Unit id or GB/T 2260 code (see `taizhang units`).") var unit: String
    @Option(help: "Period the summary covers, e.g. 2024H1 (default: the period the document names, 2025年上半年 → 2025H1).")
    var period: String = ""
    @Flag(name: .customLong("dry-run"), help: "Show the candidates without writing them.") var dryRun = false

    func run() async throws {
        for line in try await TaizhangCLI.importDocument(config: storage.config(), path: file, unit: unit, period: period, dryRun: dryRun) {
            print(line)
        }
    }
}
