import Foundation
@testable import TaizhangServer
import Testing
import Vapor

/// The background checkpointer closes its connection when the server stops. It is stopped by
/// cancelling its task, and SQLiteNIO's async `close()` refuses to run in a cancelled task:
/// the connection was left open and a debug server trapped on SIGTERM.
@Suite struct SQLiteCheckpointerTests {
    @Test func shutdownClosesItsConnection() async throws {
        // setup: a checkpointer running on a file of its own
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ckpt-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let app = try await Application.make(.testing)
        let checkpointer = SQLiteCheckpointer(path: dir + "/c.sqlite", interval: .milliseconds(5))
        try await checkpointer.didBootAsync(app)
        try await Task.sleep(for: .milliseconds(30))
        // act
        await checkpointer.shutdownAsync(app)
        // assert
        #expect(checkpointer.closedCleanly)
        try await app.asyncShutdown()
    }
}
