import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain
@testable import TaizhangServer
import TaizhangSummary
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// A large roll-up's draft (docs/scale.md): figures from the database's folds
    /// (LedgerFoldReader's GROUP BY) must equal those from every entry, on both engines;
    /// the background job answers 202 and its poll leads to the stored draft.
    @Suite struct SummaryFoldTests {
        static func inputs(_ app: Application, _ w: TestWorld, unit: Int, subtree: Bool) async throws -> (listed: DraftInput, folded: DraftInput) {
            let tree = try await app.unitDirectory.tree(on: app.db)
            let catalog = try await app.catalogCache.catalog(on: app.db)
            let units = subtree ? tree.subtree(of: unit).map(\.id) : [unit]
            var loader = SummarySourceLoader(db: app.db, tree: tree, catalog: catalog, now: app.dependencies.clock.now())
            loader.foldAbove = nil
            let listed = try await loader.load(unit: tree[unit]!, period: .half(2024, 1), units: units, subtree: subtree)
            loader.foldAbove = 0
            let folded = try await loader.load(unit: tree[unit]!, period: .half(2024, 1), units: units, subtree: subtree)
            #expect(listed.ledger == nil && folded.ledger != nil)
            return (DraftInputBuilder.build(listed), DraftInputBuilder.build(folded))
        }

        @Test(arguments: Engine.enabled)
        func foldedFiguresEqualTheEntries(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: entries of the street and its community, one approximate, one last year, one planned
                _ = try await SummaryTests.ledger(app, w)
                for (unit, subtree) in [(w.bureau, true), (w.streetA, true), (w.streetA, false)] {
                    // act
                    let (listed, folded) = try await Self.inputs(app, w, unit: unit, subtree: subtree)
                    // assert
                    #expect(!listed.areas.isEmpty)
                    #expect(listed.areas.map(\.name) == folded.areas.map(\.name))
                    for (a, b) in zip(listed.areas, folded.areas) {
                        #expect(a.figures.map(\.value) == b.figures.map(\.value), "\(unit) \(a.name)")
                        #expect(a.figures.map(\.qualifier) == b.figures.map(\.qualifier), "\(unit) \(a.name)")
                        #expect(a.figures.map { $0.lastYear?.value } == b.figures.map { $0.lastYear?.value }, "\(unit) \(a.name)")
                        #expect(a.figures.map(\.entries.count) == b.figures.map { $0.entryCount ?? -1 }, "\(unit) \(a.name)")
                        #expect(a.work.coverage?.units == b.work.coverage?.units && a.work.noun == b.work.noun)
                        #expect(a.notables == b.notables, "\(unit) \(a.name)")
                    }
                    #expect(listed.rankings.map { $0.rows.map(\.value) } == folded.rankings.map { $0.rows.map(\.value) })
                    #expect(listed.plans == folded.plans)
                }
            }
        }

        @Test(arguments: Engine.enabled)
        func aQueryTraceResolvesToTheFigureAndItsLargestEntries(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let supervisor = try await SummaryTests.ledger(app, w)
                let tree = try await app.unitDirectory.tree(on: app.db)
                let scope = AccessScope(grants: [RoleGrant(unitID: w.bureau, role: .supervisor)], tree: tree)
                let ref = SourceRef.query(indicator: "audience", unit: w.streetA, period: "2024H1", subtree: true)
                // act
                let sources = try await TraceResolver(db: app.db, scope: scope, catalog: try await app.catalogCache.catalog(on: app.db)).resolve([ref])
                // assert: 1200 + 800余 + 300, from three entries, the largest first
                #expect(sources.first?.values?.first?.value == 2300)
                #expect(sources.first?.label.contains("共3条记录") == true, "\(sources.first?.label ?? "")")
                #expect(sources.dropFirst().map(\.label) == ["迎新春文艺演出", "端午文艺汇演", "社区广场舞展演"])
                _ = supervisor
            }
        }

        @Test(arguments: Engine.enabled)
        func aBackgroundDraftAnswers202AndItsJobLeadsToTheSummary(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let supervisor = try await SummaryTests.ledger(app, w)
                // act
                let res = try await supervisor.send(.POST, "/api/summaries", json: #"{"unit_id":\#(w.streetA),"period":"2024H1","subtree":true,"background":true}"#)
                // assert
                #expect(res.status == .accepted, "\(res.body.string)")
                let id = try #require(res.json["id"] as? Int)
                #expect(res.headers.first(name: .location) == "/api/summaries/jobs/\(id)")
                var job: [String: Any] = [:]
                for _ in 0..<200 {
                    job = try await supervisor.send(.GET, "/api/summaries/jobs/\(id)").json
                    if job["status"] as? String != "running" { break }
                    try await Task.sleep(nanoseconds: 50_000_000)
                }
                #expect(job["status"] as? String == "done", "\(job)")
                let summaryID = try #require(job["summary_id"] as? Int)
                let summary = try await supervisor.send(.GET, "/api/summaries/\(summaryID)")
                #expect(summary.status == .ok)
                #expect((summary.json["version"] as? [String: Any])?["number"] as? Int == 1)
                // Someone who cannot read the unit cannot read the job.
                let other = try await Caller.login(app, "staff.b")
                #expect(try await other.send(.GET, "/api/summaries/jobs/\(id)").status == .forbidden)
            }
        }
    

        /// A restart leaves a job `running` that no instance will finish: past
        /// `SummaryJobs.interruptedAfter` its poll says it was cut off; a young job still runs.
        @Test(arguments: Engine.enabled)
        func aJobCutOffByARestartReadsAsInterruptedNotRunningForEver(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: two rows as a stopped instance leaves them, one started an hour ago
                let supervisor = try await SummaryTests.ledger(app, w)
                var ids: [Int] = []
                for age in [3600.0, 60.0] {
                    let job = SummaryJobModel()
                    job.unitID = w.streetA; job.periodCode = "2024H1"; job.subtree = true; job.status = "running"
                    job.createdBy = 1; job.createdAt = frozenNow.addingTimeInterval(-age)
                    try await job.create(on: app.db)
                    ids.append(try #require(job.id))
                }
                // act
                let old = try await supervisor.send(.GET, "/api/summaries/jobs/\(ids[0])")
                let young = try await supervisor.send(.GET, "/api/summaries/jobs/\(ids[1])")
                // assert
                #expect(old.status == .ok)
                #expect(old.json["status"] as? String == "failed", "\(old.body.string)")
                #expect((old.json["error"] as? String)?.contains("中断") == true)
                #expect(young.json["status"] as? String == "running", "\(young.body.string)")
            }
        }
    }
}
