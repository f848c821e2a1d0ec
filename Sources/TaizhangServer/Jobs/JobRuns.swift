import Fluent
import Foundation
import SQLKit

/// Claims of scheduled job ticks in `job_runs` (see `CreateJobRuns`). A tick is the
/// number of whole intervals since 1970, the same on every instance whose clock is right,
/// so the instances that wake for a tick race to insert the same (job, tick) row and the
/// unique key lets exactly one of them through.
enum JobRuns {
    static func tick(_ now: Date, interval: TimeInterval) -> Int64 {
        Int64((now.timeIntervalSince1970 / max(interval, 1)).rounded(.down))
    }

    /// True when this instance won `tick` of `job` (its row is inserted and committed).
    static func claim(job: String, tick: Int64, instance: String, writes: Writes) async throws -> Bool {
        do {
            try await writes.run(Actor.system("scheduler", tree: .init([]))) { tx in
                try await (tx.db as! any SQLDatabase).insert(into: "job_runs")
                    .columns("job", "tick", "instance", "started_at")
                    .values(job, tick, instance, tx.now).run()
            }
            return true
        } catch let e as AppError where e.code == "duplicate" {
            return false
        }
    }

    static func finish(job: String, tick: Int64, outcome: String, writes: Writes) async throws {
        try await writes.run(Actor.system("scheduler", tree: .init([]))) { tx in
            try await (tx.db as! any SQLDatabase).update("job_runs").set("finished_at", to: tx.now).set("outcome", to: String(outcome.prefix(500)))
                .where("job", .equal, job).where("tick", .equal, tick).run()
        }
    }
}
