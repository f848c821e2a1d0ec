import FluentSQLiteDriver
import NIOCore
import NIOPosix
import Vapor

/// SQLite's commit groups on a connection, event loop and thread of their own (issue #18).
///
/// A commit group is a chain of short steps — BEGIN, each job's statements, the group's
/// inserts, COMMIT — and every step hops from SQLite's thread to an event loop and on to
/// the task that runs the group. On the request event loops each hop queued behind the
/// parsing and answering of other requests: a group of 16 POSTs spent 3.3 ms of its 3.9 ms
/// waiting in those queues and 0.6 ms in COMMIT's fsync, with a third of the CPU idle. Here
/// the group's steps run on a loop that does nothing else, so a group takes what its
/// statements and its fsync take; the one writer SQLite allows is now this connection.
/// Reads stay on the request loops' connections (WAL: readers never wait for the writer).
final class SQLiteWriter: LifecycleHandler, Sendable {
    private let loops: MultiThreadedEventLoopGroup
    private let threadPool: NIOThreadPool
    private let databases: Databases
    /// Where the group's code runs (`withTaskExecutorPreference`).
    let executor: EventLoopTaskExecutor

    init(path: String) {
        loops = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        databases = Databases(threadPool: threadPool, on: loops)
        databases.use(.sqlite(.file(path), maxConnectionsPerEventLoop: 1, sqlLogLevel: .debug), as: .sqlite)
        executor = EventLoopTaskExecutor(loops.next())
    }

    func database(logger: Logger) -> any Database {
        databases.database(.sqlite, logger: logger, on: executor.loop)!
    }

    /// The engine's per-connection settings (WAL, synchronous = FULL) on the writer's connection.
    func prepare(engine: any StorageEngine, logger: Logger) async throws {
        try await engine.prepareConnection(on: database(logger: logger) as! any SQLDatabase)
    }

    func shutdownAsync(_ app: Application) async {
        await databases.shutdownAsync()
        try? await threadPool.shutdownGracefully()
        try? await loops.shutdownGracefully()
    }
}

/// Runs a task's jobs on one event loop (Swift concurrency's task executor preference).
final class EventLoopTaskExecutor: TaskExecutor, Sendable {
    let loop: any EventLoop

    init(_ loop: any EventLoop) { self.loop = loop }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

extension Application {
    private struct SQLiteWriterKey: StorageKey { typealias Value = SQLiteWriter }

    /// Set in `configure` for a SQLite file (nil in memory and on PostgreSQL).
    var sqliteWriter: SQLiteWriter? {
        get { storage[SQLiteWriterKey.self] }
        set { storage[SQLiteWriterKey.self] = newValue }
    }
}
