/// A number as it appears in the draft, with the sources it was computed from.
///
/// `text` is the display form ("14余万人次"); `value` is the exact aggregate in
/// the base unit (140_523 for 人次, 79.503 for 万元, 13.5 for a 13.5% rate).
public struct TracedNumber: Codable, Sendable, Equatable {
    public var text: String
    public var value: Double
    public var unit: String
    public var qualifier: Qualifier?
    public var trace: [SourceRef]
    /// False once a user typed over the number: it no longer follows from `trace`.
    public var traced: Bool

    public init(
        text: String, value: Double, unit: String, qualifier: Qualifier? = nil,
        trace: [SourceRef], traced: Bool = true
    ) {
        self.text = text
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.trace = trace
        self.traced = traced
    }
}
