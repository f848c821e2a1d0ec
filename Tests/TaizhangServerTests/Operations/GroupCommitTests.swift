import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor

extension DatabaseTests {
    /// The commit queue: jobs committed as one group each keep their own outcome (a
    /// failing job is rolled back alone), every caller hears back only after the COMMIT,
    /// and the audit rows of the group chain in job order.
    @Suite struct GroupCommitTests {
        final class Outcomes: @unchecked Sendable {
            let lock = NSLock()
            var results: [Int: String] = [:]
            var waiting = 0
            func set(_ i: Int, _ s: String) { lock.withLock { results[i] = s } }
            func arrived() { lock.withLock { waiting += 1 } }
            var ready: Int { lock.withLock { waiting } }
        }

        @Test func aFailingJobIsRolledBackAloneAndTheOthersCommit() async throws {
            try await withApp(.sqlite) { app, w in
                // setup: three jobs, the second inserts a unit and then fails
                let actor = try await app.systemActor("test")
                let outcomes = Outcomes()
                func job(_ i: Int, fails: Bool) -> WriteJob {
                    let job = WriteJob(actor: actor, now: frozenNow) { tx in
                        let m = UnitModel(DomainUnit(id: 0, parentID: w.bureau, kind: .street, name: "分组街道\(i)"))
                        try await m.create(on: tx.db)
                        try await tx.audit("create", entity: "unit", id: m.id, unit: m.id)
                        if fails { throw AppError.badRequest("boom", zh: "失败", en: "fails") }
                    }
                    return job
                }
                let jobs = [job(1, fails: false), job(2, fails: true), job(3, fails: false)]
                let auditBefore = try await AuditEventModel.query(on: app.db).count()
                // act: run them as one group, each caller waiting on its continuation
                try await Self.commitAsOneGroup(jobs, app: app, outcomes: outcomes)
                // assert
                #expect(outcomes.results[1] == "ok" && outcomes.results[3] == "ok")
                #expect(outcomes.results[2] == "boom", "\(outcomes.results)")
                let names = try await UnitModel.query(on: app.db).filter(\.$name ~~ ["分组街道1", "分组街道2", "分组街道3"]).all().map(\.name).sorted()
                #expect(names == ["分组街道1", "分组街道3"])
                #expect(try await AuditEventModel.query(on: app.db).count() == auditBefore + 2)
                #expect(try await AuditLog.verify(on: app.db).broken == nil)
            }
        }

        /// A row one job deferred to the end of the transaction is refused (here a duplicate
        /// key): no job can be blamed for it, so each commits alone and only that one fails.
        @Test(arguments: Engine.enabled)
        func aRefusedDeferredRowFailsOnlyItsOwnJob(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: job 2 defers a unit row whose id is taken
                let actor = try await app.systemActor("test")
                let outcomes = Outcomes()
                func job(_ i: Int, clashes: Bool) -> WriteJob {
                    WriteJob(actor: actor, now: frozenNow) { tx in
                        let m = UnitModel(DomainUnit(id: 0, parentID: w.bureau, kind: .street, name: "延后街道\(i)"))
                        try await m.create(on: tx.db)
                        try await tx.audit("create", entity: "unit", id: m.id, unit: m.id)
                        if clashes {
                            tx.deferred.append(table: "units", columns: ["id", "parent_id", "kind", "name", "demo_zone", "demo_project"],
                                               rows: [[w.bureau, w.bureau, "street", "重复编号", false, false]])
                        }
                    }
                }
                let jobs = [job(1, clashes: false), job(2, clashes: true), job(3, clashes: false)]
                // act
                try await Self.commitAsOneGroup(jobs, app: app, outcomes: outcomes)
                // assert
                #expect(outcomes.results[1] == "ok" && outcomes.results[3] == "ok", "\(outcomes.results)")
                #expect(outcomes.results[2] != "ok")
                let names = try await UnitModel.query(on: app.db).filter(\.$name ~~ ["延后街道1", "延后街道2", "延后街道3", "重复编号"]).all().map(\.name).sorted()
                #expect(names == ["延后街道1", "延后街道3"])
                #expect(try await AuditLog.verify(on: app.db).broken == nil)
            }
        }

        /// Runs `jobs` through one `commitGroup`, each caller waiting on its continuation;
        /// `outcomes` gets "ok" or the error code per job (numbered from 1).
        static func commitAsOneGroup(_ jobs: [WriteJob], app: Application, outcomes: Outcomes) async throws {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (i, j) in jobs.enumerated() {
                    group.addTask {
                        do {
                            try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, any Error>) in j.wait(c); outcomes.arrived() }
                            outcomes.set(i + 1, "ok")
                        } catch {
                            outcomes.set(i + 1, (error as? AppError)?.code ?? "\(error)")
                        }
                    }
                }
                // Each job has its continuation before the group runs.
                while outcomes.ready < jobs.count { try await Task.sleep(nanoseconds: 1_000_000) }
                await Writes.commitGroup(jobs, db: app.db, engine: app.appConfig.database.engine, lookups: app.writeLookups)
                try await group.waitForAll()
            }
        }

        @Test(arguments: Engine.enabled)
        func concurrentWritesAllCommitWithAnUnbrokenChain(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let staff = try await Caller.login(app, "staff.a")
                // act: 40 entries at once
                let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                    for i in 0..<40 {
                        group.addTask {
                            try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"activity","title":"并发\#(i)","date":"2024-06-10"}"#).status.code
                        }
                    }
                    return try await group.reduce(into: [UInt]()) { $0.append($1) }
                }
                // assert
                #expect(statuses.allSatisfy { $0 == 201 }, "\(statuses)")
                #expect(try await EntryModel.query(on: app.db).count() == 40)
                #expect(try await AuditLog.verify(on: app.db).broken == nil)
                #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "create").filter(\.$entity == "entry").count() == 40)
            }
        }
    }
}

/// The audit changes written by hand are byte for byte what JSONEncoder writes.
@Suite struct AuditChangesJSONTests {
    @Test func matchesTheEncoder() {
        let samples: [[FieldChange]] = [
            [], [FieldChange(field: "title", old: nil, new: "文艺演出")],
            [FieldChange(field: "values.audience", old: "300余", new: "500"), FieldChange(field: "place", old: "", new: nil)],
            [FieldChange(field: "narrative", old: "a\"b\\c/d\ne\u{1}", new: "tab\there 🎭")],
        ]
        for s in samples {
            #expect(AuditLog.changesJSON(s) == JSON.string(s), "\(s)")
        }
    }
}
