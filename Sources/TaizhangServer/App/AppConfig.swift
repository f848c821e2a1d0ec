import Foundation
import TaizhangDomain

/// Every setting the server and CLI read, read once from the environment.
/// | variable | default | meaning |
/// | TAIZHANG_DATA_DIR | ./data | folder of the embedded SQLite file |
/// | DATABASE_URL | (none) | postgres://… switches to PostgreSQL |
/// | PORT / HOST | 8080 / 127.0.0.1 | where `serve` listens |
/// | TAIZHANG_WEBHOOK_URL | (none) | reminders are POSTed here besides the log |
/// | TAIZHANG_SMTP_HOST, _PORT, _FROM, _USER, _PASSWORD | (none), 25 | reminders are also e-mailed (plain SMTP to a relay) |
/// | TAIZHANG_REMINDER_INTERVAL | 600 | seconds between reminder runs |
/// | TAIZHANG_MAX_BODY | 2mb | largest accepted request body (batch: 16mb) |
/// | TAIZHANG_METRICS_TOKEN | (none) | bearer token for `GET /metrics` from other machines |
/// | TAIZHANG_DB_POOL | 4 | PostgreSQL connections per event loop (one loop per core) |
/// | TAIZHANG_WRITE_GROUPS | pool × cores ÷ 2 | PostgreSQL commit groups at once (SQLite: always 1) |
/// | TAIZHANG_SQLITE_SYNCHRONOUS | FULL | NORMAL only to measure what FULL costs: it gives up durability across a power cut |
/// | TAIZHANG_EVIDENCE_DIR | <data dir>/evidence | evidence files; a directory every instance mounts when several share one PostgreSQL |
/// | TAIZHANG_INSTANCE | host:pid | this instance's name in job runs and logs |
/// | TAIZHANG_EVIDENCE_MAX_MB | 10 | largest evidence file, and so the upload routes' body limit |
/// | TAIZHANG_HTTPS | (off) | 1: cookies are Secure and HSTS is sent (also on when PUBLIC_URL is https://) |
/// | TAIZHANG_PRODUCTION | (off) | 1: never show the demo login hint |
/// | TAIZHANG_SEGREGATION_OF_DUTIES | 1 | 0 lets a submitter approve their own report |
/// | TAIZHANG_TOKEN_DAYS | 90 | lifetime of script tokens |
/// | TAIZHANG_SCHEDULE_SLACK | 0 | percentage points a target may lag 序时进度 before it counts as behind |
public struct AppConfig: Sendable {
    public enum Database: Sendable, Equatable {
        case sqlite(path: String)
        case sqliteMemory
        case postgres(url: String)
    }

    public var database: Database
    public var dataDirectory: String
    public var host: String
    public var port: Int
    public var webhookURL: String?
    /// The mail channel for reminders (nil: none).
    var smtp: MailNotifier.Settings?
    public var reminderInterval: TimeInterval
    /// Whether the scheduled reminder job runs (off in tests, which call it directly).
    public var runsReminderJob: Bool
    public var maxBody: String
    /// Lets a scraper on another machine read `/metrics` (loopback needs no token).
    public var metricsToken: String?
    /// PostgreSQL connections per event loop: a write waits for its row and advisory locks
    /// on the server, so more than one connection per core keeps the cores busy meanwhile.
    public var postgresPoolPerLoop = 4
    /// PostgreSQL commit groups running at once (nil: half the pool, at least 2).
    public var writeGroups: Int?
    /// Where evidence files live (nil: `<dataDirectory>/evidence`).
    public var evidenceDirectory: String?
    public var instanceName = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    /// Security settings (issue #12), read from the variables above.
    public var security = Security()

    public struct Security: Sendable {
        public var evidenceMaxBytes = 10 * 1024 * 1024
        public var https = false
        /// False with `serve --no-demo` or TAIZHANG_PRODUCTION=1.
        public var demoHint = true
        public var segregationOfDuties = true
        public var tokenLifetime: TimeInterval = 90 * 86400
        public init() {}

        static func from(_ env: [String: String]) -> Security {
            var s = Security()
            if let mb = env["TAIZHANG_EVIDENCE_MAX_MB"].flatMap(Int.init), mb > 0 { s.evidenceMaxBytes = mb * 1024 * 1024 }
            s.https = env["TAIZHANG_HTTPS"] == "1" || (env["PUBLIC_URL"] ?? "").lowercased().hasPrefix("https://")
            s.demoHint = env["TAIZHANG_PRODUCTION"] != "1"
            s.segregationOfDuties = env["TAIZHANG_SEGREGATION_OF_DUTIES"] != "0"
            if let days = env["TAIZHANG_TOKEN_DAYS"].flatMap(Int.init), days > 0 { s.tokenLifetime = TimeInterval(days) * 86400 }
            return s
        }
    }

    /// 序时进度 as the dashboards and the targets API judge it (`ScheduleProgress`).
    public var schedule = ScheduleProgress.standard

    public init(database: Database, dataDirectory: String = "./data", host: String = "127.0.0.1", port: Int = 8080,
                webhookURL: String? = nil, reminderInterval: TimeInterval = 600, runsReminderJob: Bool = true,
                maxBody: String = "2mb", metricsToken: String? = nil) {
        self.database = database; self.dataDirectory = dataDirectory; self.host = host; self.port = port
        self.webhookURL = webhookURL; self.reminderInterval = reminderInterval
        self.runsReminderJob = runsReminderJob; self.maxBody = maxBody; self.metricsToken = metricsToken
    }

    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment,
                                       dataDirectory: String? = nil) -> AppConfig {
        let dir = dataDirectory ?? env["TAIZHANG_DATA_DIR"] ?? "./data"
        let db: Database
        if let url = env["DATABASE_URL"], !url.isEmpty {
            db = .postgres(url: url)
        } else {
            db = .sqlite(path: (dir as NSString).appendingPathComponent("taizhang.sqlite"))
        }
        var config = AppConfig(
            database: db, dataDirectory: dir,
            host: env["HOST"] ?? "127.0.0.1",
            port: env["PORT"].flatMap(Int.init) ?? 8080,
            webhookURL: env["TAIZHANG_WEBHOOK_URL"].flatMap { $0.isEmpty ? nil : $0 },
            reminderInterval: env["TAIZHANG_REMINDER_INTERVAL"].flatMap(TimeInterval.init) ?? 600,
            maxBody: env["TAIZHANG_MAX_BODY"] ?? "2mb",
            metricsToken: env["TAIZHANG_METRICS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }).with(schedule: ScheduleProgress(
                slackPoints: env["TAIZHANG_SCHEDULE_SLACK"].flatMap(Double.init) ?? 0))
        if let pool = env["TAIZHANG_DB_POOL"].flatMap(Int.init), pool > 0 { config.postgresPoolPerLoop = pool }
        if let groups = env["TAIZHANG_WRITE_GROUPS"].flatMap(Int.init), groups > 0 { config.writeGroups = groups }
        config.evidenceDirectory = env["TAIZHANG_EVIDENCE_DIR"].flatMap { $0.isEmpty ? nil : $0 }
        if let name = env["TAIZHANG_INSTANCE"], !name.isEmpty { config.instanceName = name }
        config.security = .from(env)
        config.smtp = MailNotifier.Settings.from(env)
        return config
    }

    func with(schedule: ScheduleProgress) -> AppConfig {
        var c = self
        c.schedule = schedule
        return c
    }
}
