import Foundation
import Vapor

/// A job every instance schedules and only one runs per tick: the instances wake at the
/// same moments (multiples of `interval` since 1970), each claims the tick in `job_runs`,
/// and the winner runs `work`; the others count a skip. A run that crashes loses its tick
/// and the next tick runs as usual (the jobs are idempotent: reminders have unique keys).
final class ScheduledJob: LifecycleHandler, @unchecked Sendable {
    let name: String
    let interval: TimeInterval
    let work: @Sendable (Application, Date) async throws -> String
    private var task: Task<Void, Never>?

    init(_ name: String, interval: TimeInterval, work: @escaping @Sendable (Application, Date) async throws -> String) {
        self.name = name; self.interval = interval; self.work = work
    }

    func didBootAsync(_ app: Application) async throws {
        let interval = max(self.interval, 1)
        task = Task { [name, work] in
            while !Task.isCancelled {
                await Self.tick(name, app: app, work: work, interval: interval)
                // Sleep to the next boundary (plus a little, so the clock has passed it).
                let now = app.dependencies.clock.now().timeIntervalSince1970
                let next = (now / interval).rounded(.down) * interval + interval
                try? await Task.sleep(nanoseconds: UInt64((next - now + 0.05) * 1_000_000_000))
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        task?.cancel()
    }

    /// One tick: claim it, run it if won, record the outcome.
    static func tick(_ name: String, app: Application, work: @Sendable (Application, Date) async throws -> String,
                     interval: TimeInterval) async {
        let now = app.dependencies.clock.now()
        let tick = JobRuns.tick(now, interval: interval)
        do {
            guard try await JobRuns.claim(job: name, tick: tick, instance: app.appConfig.instanceName, writes: app.writes) else {
                app.metrics.jobRun(name, outcome: "skipped")
                return
            }
            let outcome = try await work(app, now)
            app.metrics.jobRun(name, outcome: "ran")
            try await JobRuns.finish(job: name, tick: tick, outcome: outcome, writes: app.writes)
        } catch {
            app.metrics.jobRun(name, outcome: "failed")
            app.logger.warning("\(name) run failed: \(error)")
            try? await JobRuns.finish(job: name, tick: tick, outcome: "failed: \(error)", writes: app.writes)
        }
    }
}

extension ScheduledJob {
    /// Reminders (SPEC §3): deadlines approaching and overdue reports.
    static func reminders(interval: TimeInterval) -> ScheduledJob {
        ScheduledJob("reminders", interval: interval) { app, now in
            let sent = try await ReminderService.run(app: app, now: now)
            if !sent.isEmpty { app.logger.info("reminders sent: \(sent.count)") }
            // SPEC §7: the service centres' automatic invitations to rate, on the same tick.
            let invited = try await ServiceInvitations.runAll(app, now: now)
            if invited > 0 { app.logger.info("rating invitations sent: \(invited)") }
            return "sent \(sent.count), invited \(invited)"
        }
    }
}
