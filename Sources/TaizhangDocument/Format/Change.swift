/// A comparison of the period's value with the same period last year (同比).
public enum Change: Sendable, Equatable {
    /// Percent increase, already rounded to one decimal (13.5 for 13.5%).
    case increase(Double)
    case decrease(Double)
    case flat

    /// Compares `current` with `lastYear`; nil when last year had nothing to
    /// compare with (a growth rate over zero is meaningless).
    public static func yearOnYear(current: Double, lastYear: Double) -> Change? {
        guard lastYear > 0, current.isFinite else { return nil }
        let pct = (current - lastYear) / lastYear * 100
        let shown = Decimals.string(abs(pct), maxFractionDigits: 1)
        if shown == "0" { return .flat }
        let magnitude = Double(shown) ?? abs(pct)
        return pct > 0 ? .increase(magnitude) : .decrease(magnitude)
    }

    /// "同比增长", "同比下降", or "与去年同期持平" (which takes no number).
    public var lead: String {
        switch self {
        case .increase: "同比增长"
        case .decrease: "同比下降"
        case .flat: "与去年同期持平"
        }
    }

    /// The percentage that follows `lead`, or nil for `.flat`.
    public var percentText: String? {
        switch self {
        case .increase(let p), .decrease(let p): QuantityFormatter.percent(p)
        case .flat: nil
        }
    }

    /// "同比增长13.5%" / "同比下降5.9%" / "与去年同期持平".
    public var phrase: String { lead + (percentText ?? "") }

    /// The signed rate, for traces (−5.9 for a 5.9% decrease).
    public var signedPercent: Double {
        switch self {
        case .increase(let p): p
        case .decrease(let p): -p
        case .flat: 0
        }
    }
}
