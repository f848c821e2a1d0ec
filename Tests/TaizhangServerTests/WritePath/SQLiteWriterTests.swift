import Fluent
import Foundation
@testable import TaizhangServer
import Testing
import Vapor

/// A SQLite file's commit groups run on the writer's own connection (`SQLiteWriter`), with
/// BEGIN IMMEDIATE / COMMIT said by the group itself: what they commit is seen by the request
/// connections, and a job that fails inside a group leaves the others' work intact.
@Suite struct SQLiteWriterTests {
    @Test func groupsOnTheWriterCommitAndAFailedJobLosesNothingElse() async throws {
        try await withApp(.sqlite, configure: { $0.database = .sqlite(path: $0.dataDirectory + "/taizhang.sqlite") }) { app, w in
            // setup: a file database with its writer, and one entry to edit
            #expect(app.sqliteWriter != nil)
            let staff = try await Caller.login(app, "staff.a")
            func body(_ title: String, version: Int? = nil) -> String {
                #"{"unit_id":\#(w.streetA),"category":"activity","title":"\#(title)","date":"2024-06-10","values":[{"indicator":"performances","value":2}]\#(version.map { ",\"version\":\($0)" } ?? "")}"#
            }
            let first = try await staff.send(.POST, "/api/entries", json: body("起始"))
            let id = try #require(first.json["id"] as? Int)
            // act: 15 new entries and 5 edits of the same version at once (one edit can win)
            let codes = try await withThrowingTaskGroup(of: (String, UInt).self) { group in
                for i in 1...15 {
                    group.addTask { ("post", try await staff.send(.POST, "/api/entries", json: body("写入\(i)")).status.code) }
                }
                for i in 1...5 {
                    group.addTask { ("put", try await staff.send(.PUT, "/api/entries/\(id)", json: body("改\(i)", version: 1)).status.code) }
                }
                return try await group.reduce(into: [(String, UInt)]()) { $0.append($1) }
            }
            // assert
            #expect(codes.filter { $0.0 == "post" }.allSatisfy { $0.1 == 201 })
            let puts = codes.filter { $0.0 == "put" }.map(\.1).sorted()
            #expect(puts == [200, 409, 409, 409, 409])
            let titles = try await EntryModel.query(on: app.db).all().map(\.title)
            #expect((1...15).allSatisfy { titles.contains("写入\($0)") })
            #expect(try await EntryModel.find(id, on: app.db)?.version == 2)
            #expect(try await AuditLog.verify(on: app.db).broken == nil)
        }
    }
}
