import Foundation
@testable import TaizhangServer
import Testing

/// The write path's shortcuts (issue #18) against the slow ways they replace: a top-level
/// JSON field read without parsing the object, multi-row INSERT texts written once per shape,
/// and SQLite ids handed out by the commit group.
@Suite struct WritePathTextTests {
    /// Bodies of every shape the guard meets, each checked against `JSONSerialization`.
    static let bodies: [String] = [
        #"{"unit_id":12,"title":"x"}"#,
        #"  { "title" : "a}b{\"c" , "unit_id" :  7 }  "#,
        #"{"values":[{"unit_id":3}],"unit_id":4}"#,
        #"{"nested":{"unit_id":3,"deep":[1,{"unit_id":9}]}}"#,
        #"{"unit_id":"12"}"#,
        #"{"unit_id":12.0}"#,
        #"{"unit_id":12.5}"#,
        #"{"unit_id":-3}"#,
        #"{"unit_id":1e2}"#,
        #"{"unit_id":null,"x":true}"#,
        #"{"unit_id":99999999999999999999}"#,
        #"{"title":"单位\\","unit_id":5}"#,
        #"{}"#,
        #"[{"unit_id":1}]"#,
        #"{"a":[1,2,{"b":"]}"}],"unit_id":8}"#,
    ]

    @Test(arguments: bodies)
    func peekReadsWhatJSONSerializationReads(body: String) {
        // setup
        let expected = (try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])?["unit_id"] as? Int
        // act
        let peeked = JSONPeek.int(Array(body.utf8), key: "unit_id")
        // assert
        #expect(peeked == expected, "\(body)")
    }

    /// Not JSON (JSONSerialization on Linux even takes a trailing comma): nothing is read,
    /// and the handler's decoder answers 400.
    @Test(arguments: [#"{"unit_id":1"#, #"{"unit_id":1,}"#, #"{"unit_id" 1}"#, "not json", "", #"{"unit_id":1 "x":2}"#])
    func malformedBodiesGiveNothing(body: String) {
        #expect(JSONPeek.int(Array(body.utf8), key: "unit_id") == nil)
    }

    @Test func insertTextsFollowTheEngineStyle() {
        // setup
        let sqlite = InsertShape(table: "t", columns: ["a", "b"], rows: 2, returning: nil, style: .question)
        let pg = InsertShape(table: "t", columns: ["a", "b\"c"], rows: 2, returning: "id", style: .dollar)
        // act / assert
        #expect(sqlite.text == #"INSERT INTO "t" ("a", "b") VALUES (?, ?), (?, ?)"#)
        #expect(pg.text == #"INSERT INTO "t" ("a", "b""c") VALUES ($1, $2), ($3, $4) RETURNING "id""#)
    }

    @Test func aShapeIsWrittenOnceAndTheCacheStaysBounded() {
        // setup
        let texts = StatementTexts(capacity: 3)
        let shapes = (1...5).map { InsertShape(table: "t", columns: ["a"], rows: $0, returning: nil, style: .question) }
        // act
        let first = shapes.map(texts.text)
        let again = shapes.map(texts.text)
        // assert
        #expect(first == again)
        #expect(first == shapes.map(\.text))
    }

    @Test func sqliteIDsContinueFromTheLastOneHandedOut() async throws {
        // setup: the table's largest id is 41; count how often it is read
        let memo = WriteMemo(jobs: 3)
        final class Reads: @unchecked Sendable { var n = 0 }
        let reads = Reads()
        // act: one job takes one id, a batch takes three, another job takes one
        let a = try await memo.nextIDs(1, table: "entries") { reads.n += 1; return 41 }
        let b = try await memo.nextIDs(3, table: "entries") { reads.n += 1; return 41 }
        let c = try await memo.nextIDs(1, table: "entries") { reads.n += 1; return 41 }
        let other = try await memo.nextIDs(1, table: "units") { reads.n += 1; return 7 }
        // assert
        #expect(a == [42])
        #expect(b == [43, 44, 45])
        #expect(c == [46])
        #expect(other == [8])
        #expect(reads.n == 2)
    }
}
