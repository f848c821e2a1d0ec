import Fluent
import Foundation
import TaizhangDomain

/// Summary drafts in the background: `start` records the job and answers at once; the
/// draft is composed outside any transaction (`Summaries.generate`, the same as a direct
/// draft) and stored in its own short one; the job row then says where it is. A county's
/// half-year draft takes seconds (docs/scale.md): no request waits for it.
enum SummaryJobs {
    struct Status: Codable, Sendable {
        var id: Int
        var status: String
        var unitId: Int
        var period: String
        var subtree: Bool
        var summaryId: Int?
        var error: String?
        var createdAt: Date
        var finishedAt: Date?
    }

    /// Checks the request as a direct draft would, records the job and starts it.
    /// `writes`: the application's (not a request's: the job outlives the request).
    static func start(unit: Int, period: Period, subtree: Bool, actor: Actor, catalog: Catalog, writes: Writes) async throws -> Int {
        let userID = try actor.requireUser
        try Summaries.authorizeWrite(actor, unit: unit)
        let id = try await writes.run(actor) { tx in
            let job = SummaryJobModel()
            job.unitID = unit; job.periodCode = period.code; job.subtree = subtree; job.status = "running"
            job.createdBy = userID; job.createdAt = tx.now
            try await job.create(on: tx.db)
            return job.id!
        }
        Task.detached {
            let outcome: Result<Int, any Error>
            do { outcome = .success(try await Summaries.generate(unit: unit, period: period, subtree: subtree, actor: actor, catalog: catalog, writes: writes)) }
            catch { outcome = .failure(error) }
            // Not recorded (the database gone): the row stays `running`, as after a crash.
            try? await finish(id, outcome, writes: writes)
        }
        return id
    }

    static func finish(_ id: Int, _ outcome: Result<Int, any Error>, writes: Writes) async throws {
        try await writes.run(Actor.system("summary-jobs", tree: .init([]))) { tx in
            guard let job = try await SummaryJobModel.find(id, on: tx.db) else { return }
            switch outcome {
            case .success(let summary): job.status = "done"; job.summaryID = summary
            case .failure(let error):
                job.status = "failed"
                job.error = String(((error as? AppError)?.zh ?? "\(error)").prefix(500))
            }
            job.finishedAt = tx.now
            try await job.save(on: tx.db)
        }
    }

    /// A job still `running` this long after it started was cut off: the instance running it
    /// stopped (a restart, a crash, a deploy) and no instance will finish it. Its poll then
    /// says so instead of `running` for ever. A county's half-year draft takes under 20 s at a
    /// tenth of national scale (docs/scale.md §3b); half an hour leaves a wide margin. Reading
    /// does not change the row: if the job does finish after all, the poll shows that.
    static let interruptedAfter: TimeInterval = 30 * 60
    static let interruptedMessage = "生成任务已中断（服务重启或超时），请重新生成。"

    /// The job's state, for someone who may read its unit.
    static func status(_ id: Int, scope: AccessScope, now: Date, on db: any Database) async throws -> Status {
        guard let job = try await SummaryJobModel.find(id, on: db), scope.can(.read, on: job.unitID) else {
            throw AppError.notFound("Summary job", zh: "该生成任务")
        }
        var status = Status(id: id, status: job.status, unitId: job.unitID, period: job.periodCode, subtree: job.subtree, summaryId: job.summaryID,
                            error: job.error, createdAt: job.createdAt, finishedAt: job.finishedAt)
        if job.status == "running", now.timeIntervalSince(job.createdAt) > interruptedAfter {
            status.status = "failed"
            status.error = interruptedMessage
        }
        return status
    }
}
