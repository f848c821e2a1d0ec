import Vapor

/// Lets one write transaction at a time into the database when the engine wants it
/// (SQLite: one writer per file). Without it, the second connection's writer waits for
/// the file lock in SQLite's busy handler, which retries without sleeping and so burns a
/// core while the first transaction is still running its statements. Waiting here is a
/// suspended task instead. Not reentrant: never nest `run` calls.
actor WriteGate {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        do {
            let result = try await body()
            release()
            return result
        } catch {
            release()
            throw error
        }
    }

    private func acquire() async {
        if !busy { busy = true; return }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func release() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }
}

extension Application {
    private struct WriteGateKey: StorageKey { typealias Value = WriteGate }

    /// Set once in `configure`, before the server accepts requests.
    var writeGate: WriteGate {
        get { storage[WriteGateKey.self]! }
        set { storage[WriteGateKey.self] = newValue }
    }

}
