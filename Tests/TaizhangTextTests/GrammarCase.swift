import Testing

/// A named text for the grammar suites' parameterised tests (wrongsum, sumread, ratioread):
/// the name is what a failing case prints.
struct GrammarCase: CustomTestStringConvertible, Sendable {
    var name: String, text: String
    init(_ name: String, _ text: String) { (self.name, self.text) = (name, text) }
    var testDescription: String { name }
}
