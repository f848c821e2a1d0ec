import Testing

/// A synthetic probe of the probe suites that expect a finding on one line, or none
/// (`OutlineGapProbeTests`, `EditedRepeatProbeTests`): named for the test log.
struct LineProbe: CustomTestStringConvertible, Sendable {
    var name: String, text: String, line: Int?
    init(_ name: String, _ text: String, _ line: Int?) { (self.name, self.text, self.line) = (name, text, line) }
    var testDescription: String { name }
}
