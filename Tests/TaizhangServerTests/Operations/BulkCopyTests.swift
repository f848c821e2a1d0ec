import Fluent
import Foundation
@testable import TaizhangServer
import Testing
import Vapor

extension DatabaseTests {
    /// A batch large enough to go through COPY on PostgreSQL (multi-row INSERTs on SQLite)
    /// stores every field as the single-entry path does: text with tabs, newlines,
    /// backslashes and a literal `\N`, missing places, qualifiers, times; each id answered
    /// is the entry sent at that position.
    @Suite struct BulkCopyTests {
        @Test(arguments: Engine.enabled)
        func aLargeBatchStoresEveryFieldAsWritten(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: 300 entries (over PostgresCopy.minRows), every tenth with awkward text
                let staff = try await Caller.login(app, "staff.a")
                func title(_ i: Int) -> String { i % 10 == 0 ? "标题\(i) \\反斜杠\\t 🎭" : "活动\(i)" }
                func narrative(_ i: Int) -> String { i % 10 == 0 ? "第一行\t制表\n第二行\r\n\\N 不是空值" : "" }
                let entries = (0..<300).map { i -> [String: Any] in
                    var e: [String: Any] = ["unit_id": w.streetA, "category": "activity", "title": title(i), "date": "2024-06-\(10 + i % 10)",
                                            "narrative": narrative(i),
                                            "values": [["indicator": "performances", "value": i % 7 + 1],
                                                       ["indicator": "audience", "value": 100 + i, "qualifier": "余"]]]
                    if i % 2 == 0 { e["place"] = "城关社区\(i)" }
                    return e
                }
                let body = String(decoding: try JSONSerialization.data(withJSONObject: ["entries": entries]), as: UTF8.self)
                // act
                let res = try await staff.send(.POST, "/api/entries/batch", json: body)
                // assert
                #expect(res.status == .created, "\(res.body.string.prefix(300))")
                let ids = try #require(res.json["ids"] as? [Int])
                #expect(ids.count == 300 && Set(ids).count == 300)
                let stored = Dictionary(uniqueKeysWithValues: try await EntryModel.query(on: app.db).filter(\.$id ~~ ids).all().map { ($0.id!, $0) })
                for (i, id) in ids.enumerated() {
                    let m = try #require(stored[id])
                    #expect(m.title == title(i) && m.date == "2024-06-\(10 + i % 10)" && m.unitID == w.streetA)
                    #expect(m.narrative == narrative(i))
                    #expect(m.place == (i % 2 == 0 ? "城关社区\(i)" : nil))
                    #expect(m.version == 1 && m.createdAt == frozenNow && m.updatedAt == frozenNow)
                }
                let values = try await EntryValueModel.query(on: app.db).filter(\.$entryID ~~ ids).all()
                #expect(values.count == 600)
                let audience = values.filter { $0.indicatorCode == "audience" }
                #expect(audience.allSatisfy { $0.qualifier == "余" && $0.value == Double(100 + ids.firstIndex(of: $0.entryID)!) })
                let one = try await staff.get("/api/entries/\(ids[0])")
                #expect(one.json["title"] as? String == title(0))
                // a later single entry gets an id above the batch's (the sequence moved on)
                let single = try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"activity","title":"之后","date":"2024-06-20"}"#)
                #expect((single.json["id"] as? Int ?? 0) > ids.max()!)
            }
        }
    }
}
