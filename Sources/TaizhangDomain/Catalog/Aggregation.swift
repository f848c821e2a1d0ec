/// How values of one indicator over a period combine into one figure.
public enum Aggregation: String, Codable, Sendable, CaseIterable {
    case sum, max, latest, mean

    /// Aggregates dated values; `latest` takes the value with the greatest date
    /// (ties: the last one given). Returns nil for no values.
    public func apply(_ values: [(date: CivilDate, value: Double)]) -> Double? {
        // One rule: values are folded (ValueFold), and the fold gives the figure, as the
        // database's grouped folds do.
        ValueFold.of(values).map(apply)
    }
}
