import TaizhangDomain

/// The counts behind the rates of one group (a department, a window, the whole centre) for
/// one period, so that every rate can show its numerator and denominator.
public struct RateCounts: Codable, Hashable, Sendable {
    /// Cases accepted in the period.
    public var accepted = 0
    /// Of those, completed by the evaluation day (办结率's numerator).
    public var acceptedCompleted = 0
    /// Cases completed in the period (按时办结率's denominator).
    public var completed = 0
    public var completedInTime = 0
    /// Promised cases (承诺件) completed in the period with a statutory limit above 0.
    public var promisedCompleted = 0
    /// Σ (法定时限 − 实际用时) ÷ 法定时限 over those cases.
    public var speedUpSum = 0.0
    /// Σ (法定时限 − 承诺时限) ÷ 法定时限 over the same cases.
    public var promisedSpeedUpSum = 0.0
    /// Of the cases accepted in the period, those abnormal (异常办件).
    public var abnormal = 0
    /// Accepted by the cut-off and open on the evaluation day, by card.
    public var open = 0, yellow = 0, red = 0
    /// Open on the evaluation day with the deadline inside the period (逾期未办结).
    public var redDueInPeriod = 0
    /// Steps over their limit in the cases completed in the period.
    public var stepOverruns = 0

    public init() {}

    public mutating func merge(_ o: RateCounts) {
        accepted += o.accepted; acceptedCompleted += o.acceptedCompleted; completed += o.completed
        completedInTime += o.completedInTime; promisedCompleted += o.promisedCompleted
        speedUpSum += o.speedUpSum; promisedSpeedUpSum += o.promisedSpeedUpSum
        abnormal += o.abnormal; open += o.open; yellow += o.yellow; red += o.red
        redDueInPeriod += o.redDueInPeriod; stepOverruns += o.stepOverruns
    }

    /// Over the limit in the period: completed late in it, or due in it and still open.
    public var overdue: Int { completed - completedInTime + redDueInPeriod }

    /// Percentages (83.03 for 83.03 %), nil where the denominator is 0.
    public var completionRate: Double? { percent(Double(acceptedCompleted), accepted) }
    public var onTimeRate: Double? { percent(Double(completedInTime), completed) }
    public var speedUpRate: Double? { percent(speedUpSum, promisedCompleted) }
    public var promisedSpeedUpRate: Double? { percent(promisedSpeedUpSum, promisedCompleted) }

    private func percent(_ n: Double, _ d: Int) -> Double? { d > 0 ? n / Double(d) * 100 : nil }

    /// Each rate with its numerator, denominator and written definition.
    public func figures(_ rules: ServiceRuleSet) -> [RateFigure] {
        let parts: [(RateDefinition.Code, Double, Int, Double?)] = [
            (.completion, Double(acceptedCompleted), accepted, completionRate),
            (.onTime, Double(completedInTime), completed, onTimeRate),
            (.speedUp, speedUpSum, promisedCompleted, speedUpRate),
            (.promisedSpeedUp, promisedSpeedUpSum, promisedCompleted, promisedSpeedUpRate),
        ]
        return parts.compactMap { code, n, d, v in
            rules.rate(code).map { RateFigure(definition: $0, numerator: n, denominator: d, percent: v) }
        }
    }
}

/// A rate with what it was computed from (SPEC §7 "rates with written definitions").
public struct RateFigure: Codable, Hashable, Sendable {
    public var definition: RateDefinition
    /// For the averaged rates, the sum of the per-case ratios.
    public var numerator: Double
    public var denominator: Int
    public var percent: Double?
}
