import Vapor

/// The commit queue: write jobs wait here and are committed in groups (`Writes.commitGroup`),
/// at most `maxLeaders` groups at a time — one on SQLite (one writer per file; without the
/// queue the second connection's writer would spin in SQLite's busy handler), a few on
/// PostgreSQL (each on its own connection). A job's caller resumes only after the COMMIT
/// of its group.
actor WriteGate {
    private var queue: [WriteJob] = []
    private var leaders = 0
    nonisolated let metrics: AppMetrics
    /// Most jobs one transaction takes (bounds one COMMIT's latency and a group's memory).
    let maxGroup: Int
    /// Groups committing at once.
    let maxLeaders: Int

    init(metrics: AppMetrics = AppMetrics(), maxGroup: Int = 64, maxLeaders: Int = 1) {
        self.metrics = metrics
        self.maxGroup = maxGroup
        self.maxLeaders = max(1, maxLeaders)
    }

    /// Queues `job`; the first job to find the queue idle starts a leader that commits
    /// groups with `commit` until the queue is empty.
    func submit(_ job: WriteJob, commit: @escaping @Sendable ([WriteJob]) async -> Void) async throws {
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, any Error>) in
            job.wait(c)
            queue.append(job)
            metrics.writeGateWaiting.set(Double(queue.count))
            if leaders < maxLeaders {
                leaders += 1
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
        leaders -= 1
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
