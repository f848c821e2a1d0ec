import Vapor

/// SQLite's commit queue: one write transaction at a time (one writer per file), and the
/// jobs that arrive meanwhile are committed together as the next group. Without it, the
/// second connection's writer waits for the file lock in SQLite's busy handler, which
/// retries without sleeping and so burns a core; here a waiting job is a suspended task.
/// A job's caller resumes only after the COMMIT of its group.
actor WriteGate {
    private var queue: [WriteJob] = []
    private var leading = false
    nonisolated let metrics: AppMetrics
    /// Most jobs one transaction takes (bounds one COMMIT's latency and a group's memory).
    let maxGroup: Int

    init(metrics: AppMetrics = AppMetrics(), maxGroup: Int = 64) {
        self.metrics = metrics
        self.maxGroup = maxGroup
    }

    /// Queues `job`; the first job to find the queue idle starts a leader that commits
    /// groups with `commit` until the queue is empty.
    func submit(_ job: WriteJob, commit: @escaping @Sendable ([WriteJob]) async -> Void) async throws {
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, any Error>) in
            job.wait(c)
            queue.append(job)
            metrics.writeGateWaiting.set(Double(queue.count))
            if !leading {
                leading = true
                Task { await self.lead(commit) }
            }
        }
    }

    private func lead(_ commit: @Sendable ([WriteJob]) async -> Void) async {
        while !queue.isEmpty {
            let group = Array(queue.prefix(maxGroup))
            queue.removeFirst(group.count)
            metrics.writeGateWaiting.set(Double(queue.count))
            metrics.commitGroupSize.record(Double(group.count))
            // The actor is free while the group commits: new jobs queue for the next one.
            await commit(group)
        }
        leading = false
    }
}

extension Application {
    private struct WriteGateKey: StorageKey { typealias Value = WriteGate }

    private struct WriteLookupsKey: StorageKey { typealias Value = WriteLookups }

    /// Set once in `configure`, before the server accepts requests.
    var writeGate: WriteGate {
        get { storage[WriteGateKey.self]! }
        set { storage[WriteGateKey.self] = newValue }
    }

    var writeLookups: WriteLookups {
        get { storage[WriteLookupsKey.self]! }
        set { storage[WriteLookupsKey.self] = newValue }
    }
}
