import Foundation

extension Fixtures {
    /// Each text of a corpus split without its `source:` line (line numbers kept), with its gold and
    /// the spans of its gold arithmetic statements, located as the accuracy harness locates them —
    /// for the tests that ask whether a reader's checks land on a gold statement.
    static func arithmeticSpans(_ split: String) throws -> [(url: URL, text: String, gold: Gold, spans: [Span])] {
        try corpus(split).map { url, goldURL in
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            let text = try String(contentsOf: url, encoding: .utf8).droppingSourceLine()
            let fixture = FixtureText(text)
            return (url, text, gold, gold.arithmetic.compactMap { fixture.findAcrossLines($0.text) ?? fixture.find($0.text) })
        }
    }
}
