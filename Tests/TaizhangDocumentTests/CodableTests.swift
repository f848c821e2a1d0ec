import Foundation
import Testing
@testable import TaizhangDocument

struct CodableTests {
    @Test func documentRoundTripsThroughJSON() throws {
        let doc = DraftComposer().compose(.demo)

        let data = try JSONEncoder().encode(doc)
        let decoded = try JSONDecoder().decode(SummaryDocument.self, from: data)

        #expect(decoded == doc)
    }

    @Test func blocksAndRunsAreTaggedByType() throws {
        let doc = DraftComposer().compose(Fixtures.small)

        let json = String(decoding: try JSONEncoder().encode(doc), as: UTF8.self)

        #expect(json.contains(#""type":"heading""#))
        #expect(json.contains(#""type":"paragraph""#))
        #expect(json.contains(#""type":"number""#))
        #expect(json.contains(#""kind":"entry""#))
    }

    @Test func inputRoundTripsThroughJSON() throws {
        let input = DraftInput.demo

        let decoded = try JSONDecoder().decode(DraftInput.self, from: JSONEncoder().encode(input))

        #expect(decoded == input)
    }

    @Test func unknownBlockTypesAreRejected() {
        let json = Data(#"{"type":"picture","id":"x"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Block.self, from: json) }
    }
}
