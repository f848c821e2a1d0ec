import ArgumentParser
import TaizhangServer

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage users.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user: taizhang user add NAME --password P --role staff@12 --role leader@12")
        @OptionGroup var storage: StorageOptions
        @Argument(help: "Login name (letters, digits, . _ -).") var username: String
        @Option(help: "Display name (e.g. 张三).") var displayName: String?
        @Option(help: "Password (at least 8 characters).") var password: String
        @Option(name: .customLong("role"), help: "ROLE@UNIT_ID, repeatable; roles: staff, liaison, leader, supervisor, admin.")
        var roles: [String] = []

        func run() async throws {
            try await TaizhangCLI.addUser(config: storage.config(), username: username,
                                          displayName: displayName ?? username, password: password, roles: roles)
            print("已添加用户 \(username)。User \(username) added.")
        }
    }
}
