/// How values of one indicator over a period combine into one figure.
public enum Aggregation: String, Codable, Sendable, CaseIterable {
    case sum, max, latest, mean

    /// Aggregates dated values; `latest` takes the value with the greatest date
    /// (ties: the last one given). Returns nil for no values.
    public func apply(_ values: [(date: CivilDate, value: Double)]) -> Double? {
        guard !values.isEmpty else { return nil }
        switch self {
        case .sum: return values.reduce(0) { $0 + $1.value }
        case .max: return values.map(\.value).max()
        case .mean: return values.reduce(0) { $0 + $1.value } / Double(values.count)
        case .latest:
            var best = values[0]
            for v in values.dropFirst() where v.date >= best.date { best = v }
            return best.value
        }
    }
}
