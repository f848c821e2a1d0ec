import Foundation
import TaizhangDomain
import Vapor

/// What the `taizhang` executable calls: each command opens the same storage as the server.
public enum TaizhangCLI {
    static func withApp<T>(_ config: AppConfig, _ body: (Application) async throws -> T) async throws -> T {
        var config = config
        config.runsReminderJob = false
        let app = try await Application.makeTaizhang(config: config)
        do {
            try await Bootstrap.migrate(app)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    public static func migrate(config: AppConfig) async throws {
        try await withApp(config) { _ in }
    }

    public static func unitLines(config: AppConfig) async throws -> [String] {
        try await withApp(config) { try await Bootstrap.unitLines($0) }
    }

    public static func addUser(config: AppConfig, username: String, displayName: String, password: String, roles: [String]) async throws {
        var grants: [RoleGrant] = []
        for spec in roles {
            let parts = spec.split(separator: "@")
            guard parts.count == 2, let role = Role(rawValue: String(parts[0])), let unit = Int(parts[1]) else {
                throw CLIError("角色格式应为 ROLE@UNIT_ID，例如 staff@12：\(spec)。Role must be ROLE@UNIT_ID, e.g. staff@12.")
            }
            grants.append(RoleGrant(unitID: unit, role: role))
        }
        // The same password policy as the API and the account page (issue #12).
        let weak = PasswordPolicy.standard.problems(password, username: username)
        if !weak.isEmpty { throw CLIError(weak.map { "\($0.zh) \($0.en)" }.joined(separator: "\n")) }
        try await withApp(config) { try await Bootstrap.addUser($0, username: username, displayName: displayName, password: password, grants: grants) }
    }

    public static func serve(config: AppConfig, loadDemoIfEmpty: Bool) async throws {
        var config = config
        if !loadDemoIfEmpty { config.security.demoHint = false }
        try PortProbe.check(host: config.host, port: config.port)
        let app = try await Application.makeTaizhang(config: config)
        do {
            try await Bootstrap.migrate(app)
            try await HolidayService.refresh(on: app.db)
            if loadDemoIfEmpty, try await Bootstrap.isEmpty(app) {
                let logins = try await DemoLoader.load(app)
                // Written unbuffered so it shows before the server's log lines.
                FileHandle.standardOutput.write(Data((DemoLoader.banner(logins) + "\n").utf8))
            }
            // Evidence files a crash left half-attached (staged, or stored without a row).
            let swept = try await app.evidenceFiles.sweep(on: app.db, now: app.dependencies.clock.now())
            if swept > 0 { app.logger.notice("evidence: removed \(swept) orphaned file(s)") }
            // Vapor's own command line would otherwise re-read our arguments.
            app.environment.arguments = ["taizhang", "serve"]
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    public static func loadDemo(config: AppConfig) async throws {
        try await withApp(config) { app in
            guard try await Bootstrap.isEmpty(app) else {
                throw CLIError("数据库中已有单位，未加载演示数据。The database already has units; demo data not loaded.")
            }
            print(DemoLoader.banner(try await DemoLoader.load(app)))
        }
    }
}

public struct CLIError: Error, CustomStringConvertible {
    public var description: String
    init(_ message: String) { description = message }
}

extension AppError: CustomStringConvertible {
    var description: String { "\(zh) \(en)" }
}
