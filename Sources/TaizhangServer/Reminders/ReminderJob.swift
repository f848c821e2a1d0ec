import Vapor

/// Runs the reminder service on a timer while the server is up.
final class ReminderJob: LifecycleHandler, @unchecked Sendable {
    private var task: Task<Void, Never>?

    func didBootAsync(_ app: Application) async throws {
        let interval = app.appConfig.reminderInterval
        task = Task {
            while !Task.isCancelled {
                do {
                    let sent = try await ReminderService.run(app: app, now: app.dependencies.clock.now())
                    if !sent.isEmpty { app.logger.info("reminders sent: \(sent.count)") }
                    // SPEC §7: the service centres' automatic invitations to rate.
                    let invited = try await ServiceInvitations.runAll(app, now: app.dependencies.clock.now())
                    if invited > 0 { app.logger.info("rating invitations sent: \(invited)") }
                } catch {
                    app.logger.warning("reminder run failed: \(error)")
                }
                try? await Task.sleep(nanoseconds: UInt64(max(interval, 1) * 1_000_000_000))
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        task?.cancel()
    }
}
