import Fluent
import SQLKit
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor

/// What a commit group writes at its end (issue #18): the rows others refer to go first,
/// and new ids are taken once for the whole group.
@Suite struct GroupCommitRowsTests {
    @Test func rowsOthersReferToAreFlushedFirst() {
        // setup: a job defers values, then another defers the entries they refer to
        let group = DeferredRows(), job1 = DeferredRows(), job2 = DeferredRows()
        job1.append(table: "entry_values", columns: ["entry_id"], rows: [[1]])
        job1.append(table: "audit_like", columns: ["x"], rows: [["a"]])
        job2.append(table: "entries", columns: ["id"], rows: [[2]], first: true)
        job2.append(table: "entry_values", columns: ["entry_id"], rows: [[2]])
        // act
        group.absorb(job1)
        group.absorb(job2)
        let batches = group.take()
        // assert
        #expect(batches.map(\.table) == ["entries", "entry_values", "audit_like"])
        #expect(batches[1].rows.count == 2)
        #expect(group.take().isEmpty)
    }

    @Test func idsAreTakenOnceForEveryJobOfTheGroup() async throws {
        // setup: a group of three jobs and a sequence that counts its round trips
        let memo = WriteMemo(jobs: 3)
        final class Counter: @unchecked Sendable {
            var next = 100, trips: [Int] = []
            func take(_ n: Int) -> [Int] { trips.append(n); defer { next += n }; return Array(next..<(next + n)) }
        }
        let seq = Counter()
        // act: four jobs ask for one id each, then one asks for five
        var ids: [Int] = []
        for _ in 0..<4 { ids += try await memo.newIDs(1, table: "entries") { seq.take($0) } }
        let five = try await memo.newIDs(5, table: "entries") { seq.take($0) }
        // assert
        #expect(ids == [100, 101, 102, 103])
        #expect(five == [106, 107, 108, 109, 110])
        #expect(seq.trips == [3, 3, 5])
    }
}

extension DatabaseTests {
    /// Single-entry POSTs committed in groups (on PostgreSQL their entries written at the
    /// group's end with ids taken for the group, and the commit made durable after the
    /// audit chain's lock is released) keep their own ids, titles and values.
    @Suite struct GroupedEntriesTests {
        @Test(arguments: Engine.enabled)
        func everyAnsweredIDHoldsItsOwnEntryAndValues(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let staff = try await Caller.login(app, "staff.a")
                // act: 30 entries at once, each with its own title and value
                let answers = try await withThrowingTaskGroup(of: (Int, UInt, Int?).self) { group in
                    for i in 1...30 {
                        group.addTask {
                            let r = try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"activity","title":"分组\#(i)","date":"2024-06-10","values":[{"indicator":"performances","value":\#(i)}]}"#)
                            return (i, r.status.code, r.json["id"] as? Int)
                        }
                    }
                    return try await group.reduce(into: [(Int, UInt, Int?)]()) { $0.append($1) }
                }
                // assert
                #expect(answers.allSatisfy { $0.1 == 201 && $0.2 != nil }, "\(answers)")
                #expect(Set(answers.compactMap(\.2)).count == 30)
                for (i, _, id) in answers {
                    let entry = try #require(try await EntryModel.find(id, on: app.db))
                    #expect(entry.title == "分组\(i)")
                    let values = try await EntryValueModel.query(on: app.db).filter(\.$entryID == id!).all()
                    #expect(values.map(\.value) == [Double(i)])
                    #expect(values.first?.unitID == w.streetA)
                }
                #expect(try await AuditLog.verify(on: app.db).broken == nil)
                let audited = try await AuditEventModel.query(on: app.db).filter(\.$action == "create").filter(\.$entity == "entry").all()
                #expect(Set(audited.compactMap(\.entityID)) == Set(answers.compactMap { $0.2.map(String.init) }))
            }
        }
            /// Statement texts use each engine's own placeholders (SQLite `?`, PostgreSQL `$n`).
        @Test(arguments: Engine.enabled)
        func placeholdersFollowTheEngine(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                let style = PlaceholderStyle((app.db as! any SQLDatabase).dialect)
                #expect(style == (engine == .postgres ? .dollar : .question))
            }
        }

        /// Batches written at once and single entries deferred to the group's end share one
        /// commit group (on SQLite both take their ids from the group): no id is given twice.
        @Test(arguments: Engine.enabled)
        func batchesAndSingleEntriesInOneGroupNeverShareAnID(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let staff = try await Caller.login(app, "staff.a")
                func entry(_ title: String) -> String {
                    #"{"unit_id":\#(w.streetA),"category":"activity","title":"\#(title)","date":"2024-06-10","values":[{"indicator":"performances","value":1}]}"#
                }
                // act: 20 single entries and 3 batches of 15, all at once
                let answers = try await withThrowingTaskGroup(of: [(String, UInt, Int?)].self) { group in
                    for i in 1...20 {
                        group.addTask {
                            let r = try await staff.send(.POST, "/api/entries", json: entry("单\(i)"))
                            return [("单\(i)", r.status.code, r.json["id"] as? Int)]
                        }
                    }
                    for b in 1...3 {
                        group.addTask {
                            let titles = (1...15).map { "批\(b)-\($0)" }
                            let r = try await staff.send(.POST, "/api/entries/batch", json: #"{"entries":[\#(titles.map(entry).joined(separator: ","))]}"#)
                            let ids = (r.json["ids"] as? [Int]) ?? []
                            return titles.enumerated().map { ($1, r.status.code, $0 < ids.count ? ids[$0] : nil) }
                        }
                    }
                    return try await group.reduce(into: [(String, UInt, Int?)]()) { $0 += $1 }
                }
                // assert
                #expect(answers.count == 65)
                #expect(answers.allSatisfy { $0.1 == 201 && $0.2 != nil }, "\(answers.filter { $0.1 != 201 })")
                #expect(Set(answers.compactMap(\.2)).count == 65)
                for (title, _, id) in answers {
                    #expect(try await EntryModel.find(id, on: app.db)?.title == title)
                }
                #expect(try await AuditLog.verify(on: app.db).broken == nil)
            }
        }
    }
}
