import Foundation

/// The one line `migrate` (and every start) prints about the schema.
enum MigrationSummary {
    static func line(applied: Int, total: Int, elapsed: Duration) -> String {
        let ms = Int((Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) * 1000)
        if applied == 0 { return "数据库结构已是最新（\(total)项迁移）。Schema up to date (\(total) migrations)." }
        return "数据库结构已更新：应用\(applied)项迁移，共\(total)项，用时\(ms)毫秒。Schema migrated: \(applied) of \(total) migrations applied in \(ms) ms."
    }
}
