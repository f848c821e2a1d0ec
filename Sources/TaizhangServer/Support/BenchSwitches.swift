import Foundation

/// Switches that turn one of issue #18's write-path optimisations off, so a benchmark can
/// measure what each is worth on the same binary (`TAIZHANG_BENCH_DISABLE=a,b`, read once):
/// `async_commit` (PostgreSQL groups commit without waiting for the disk, then wait for it
/// before answering: `Writes.durable`), `defer_entries` (PostgreSQL: a commit group's new
/// entries in one INSERT), `checkpointer` (SQLite: WAL checkpoints in the background),
/// `sqlite_writer` (SQLite: commit groups on a connection and thread of their own).
/// Each is correct either way; none is meant to be set in production.
enum BenchSwitches {
    static let disabled: Set<String> = Set((ProcessInfo.processInfo.environment["TAIZHANG_BENCH_DISABLE"] ?? "")
        .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })

    static func on(_ name: String) -> Bool { !disabled.contains(name) && !disabled.contains("all") }

    static var asyncCommit: Bool { on("async_commit") }
    static var deferEntries: Bool { on("defer_entries") }
    static var checkpointer: Bool { on("checkpointer") }
    static var dedupeDates: Bool { on("dedupe_dates") }
    static var sqliteWriter: Bool { on("sqlite_writer") }
}
