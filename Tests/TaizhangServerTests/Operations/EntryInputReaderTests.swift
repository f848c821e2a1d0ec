import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing

/// The direct reader of entry bodies against `JSONDecoder.api`: whenever it reads a body it
/// reads what the decoder reads; whatever it refuses, the decoder gets.
@Suite struct EntryInputReaderTests {
    static let read: [String] = [
        #"{"unit_id":12,"category":"activity","title":"社区文艺演出（第3场）","place":"城关社区广场","date":"2024-06-03","values":[{"indicator":"performances","value":4},{"indicator":"audience","value":523,"qualifier":"余"}]}"#,
        #"  {  "title" : "t" , "date" : "2024-01-31" , "unit_id" : 7 , "category" : "meeting" }  "#,
        #"{"unit_id":-1,"category":"fund","title":"","date":"2024-02-29","end_date":null,"narrative":null,"values":null,"planned":null}"#,
        #"{"unit_id":3,"category":"training","title":"x","date":"2024-03-01","end_date":"2024-03-05","planned":true,"source":"api","confirmer":"张三","confirmation_required":false,"version":2,"narrative":"n"}"#,
        #"{"unit_id":3,"category":"other","title":"x","date":"2024-03-01","values":[]}"#,
        #"{"unit_id":3,"category":"other","title":"x","date":"2024-03-01","values":[{"value":-0.5e3,"indicator":"a","qualifier":null},{"indicator":"b","value":1.25E-2}]}"#,
        #"{"unit_id":3,"category":"other","title":"😀 é","date":"2024-03-01","values":[{"indicator":"a","value":0}]}"#,
    ]

    static let leftToTheDecoder: [String] = [
        #"{"unit_id":3,"category":"other","title":"a\"b","date":"2024-03-01"}"#,
        #"{"unitId":3,"category":"other","title":"x","date":"2024-03-01"}"#,
        #"{"unit_id":3,"unit_id":4,"category":"other","title":"x","date":"2024-03-01"}"#,
        #"{"unit_id":3.0,"category":"other","title":"x","date":"2024-03-01"}"#,
        #"{"unit_id":"3","category":"other","title":"x","date":"2024-03-01"}"#,
        #"{"unit_id":3,"category":"party","title":"x","date":"2024-03-01"}"#,
        #"{"unit_id":3,"category":"other","title":"x","date":"2024-02-30"}"#,
        #"{"unit_id":3,"category":"other","title":"x"}"#,
        #"{"unit_id":3,"category":"other","title":"x","date":"2024-03-01","provenance":{"doc_id":"d","span_start":1,"span_end":2}}"#,
        #"{"unit_id":3,"category":"other","title":"x","date":"2024-03-01","values":[{"indicator":"a"}]}"#,
        #"{"unit_id":3,"category":"other","title":"x","date":"2024-03-01","values":[{"indicator":"a","value":01}]}"#,
        #"{"unit_id":3,"category":"other","title":"x","date":"2024-03-01","extra":1}"#,
        #"{"unit_id":3,"category":"other","title":"x","date":"2024-03-01"} trailing"#,
        #"{"unit_id":3,"category":"other","title":"x","date":"2024-03-01",}"#,
        #"{"unit_id":99999999999999999999,"category":"other","title":"x","date":"2024-03-01"}"#,
        #"{"unit_id":3,"category":"other","title":"x","date":"2024-03-01","planned":1}"#,
        "[]", "", "null",
    ]

    static func encoded(_ input: Ledger.EntryInput) throws -> String {
        String(decoding: try JSONEncoder.api.encode(input), as: UTF8.self)
    }

    @Test(arguments: read)
    func readsWhatTheDecoderReads(body: String) throws {
        // setup
        let decoded = try JSONDecoder.api.decode(Ledger.EntryInput.self, from: Data(body.utf8))
        // act
        let direct = try #require(EntryInputReader.read(Array(body.utf8)))
        // assert
        #expect(try Self.encoded(direct) == Self.encoded(decoded))
    }

    @Test(arguments: leftToTheDecoder)
    func refusesEverythingElse(body: String) {
        #expect(EntryInputReader.read(Array(body.utf8)) == nil)
    }

    @Test func invalidUTF8IsLeftToTheDecoder() {
        // setup: a title with a lone continuation byte
        var bytes = Array(#"{"unit_id":3,"category":"other","title":"x","date":"2024-03-01"}"#.utf8)
        bytes.insert(0x80, at: 41)
        // act / assert
        #expect(EntryInputReader.read(bytes) == nil)
    }
}
