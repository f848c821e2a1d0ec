import ArgumentParser
import TaizhangServer

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "审计日志。The audit log.",
        subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "校验审计日志的哈希链，发现被改动的行时以非零状态退出。Verify the audit hash chain; exits non-zero naming the first altered row.")

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            print(try await TaizhangCLI.verifyAudit(config: storage.config()))
        }
    }
}
