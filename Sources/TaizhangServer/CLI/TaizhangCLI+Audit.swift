import Foundation
import Vapor

extension TaizhangCLI {
    /// `taizhang audit verify`: walks the audit chain; the first row that does not match
    /// ends the walk with an error naming it.
    public static func verifyAudit(config: AppConfig) async throws -> String {
        try await withApp(config) { app in
            let (checked, broken) = try await AuditLog.verify(on: app.db)
            if let broken {
                throw CLIError("审计日志校验失败：第\(broken.id)行被篡改或删除（前\(checked)行完好）。Audit chain broken at \(broken).")
            }
            return "审计日志完好：共\(checked)行，哈希链一致。Audit chain intact: \(checked) rows."
        }
    }
}
