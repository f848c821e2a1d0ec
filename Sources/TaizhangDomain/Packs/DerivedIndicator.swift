/// A rate a pack computes from counts rather than records (漏报率, 按时办结率, 手卫生依从率):
/// numerator ÷ denominator × scale over the period's totals, so that it is exact for any
/// set of units and months (a ratio of sums, never a mean of rates). The written
/// definition travels with it.
public struct DerivedIndicator: Codable, Hashable, Sendable {
    public var code: String
    public var name: String
    public var nameEn: String
    public var measureWord: String
    public var numerator: ValidationRule.Expression
    public var denominator: ValidationRule.Expression
    public var scale: Double
    public var group: String
    public var phrase: String
    /// The rate as a sentence's subject when it is 0 ("暂无传染病漏报"); nil: the name.
    public var subject: String?
    public var definition: Term

    /// The indicator codes it reads.
    public var inputs: [String] { numerator.indicatorCodes + denominator.indicatorCodes }

    /// The rate from the period's totals by indicator code. An input without records
    /// counts as 0 (no missed report recorded is none), but at least one denominator input
    /// must have records and the denominator must be positive; else nil (no figure).
    public func value(_ totals: [String: Double]) -> Double? {
        guard denominator.indicatorCodes.contains(where: { totals[$0] != nil }) else { return nil }
        let d = Self.evaluate(denominator, totals)
        guard d > 0 else { return nil }
        return Self.evaluate(numerator, totals) / d * scale
    }

    static func evaluate(_ e: ValidationRule.Expression, _ totals: [String: Double]) -> Double {
        e.terms.reduce(e.constant) { $0 + $1.coefficient * (totals[$1.indicator] ?? 0) }
    }
}

/// The work rhythm a pack expects (每月自查传染病上报管理工作4次): at least `atLeast` of
/// `indicator` in every period of `periodKind`.
public struct RhythmRule: Codable, Hashable, Sendable {
    public var code: String
    public var indicator: String
    public var periodKind: Period.Kind
    public var atLeast: Double
    /// "每月自查传染病上报管理工作不少于4次".
    public var text: Term
}

/// A period that fell short of a rhythm rule, with the figure it reached.
public struct RhythmShortfall: Hashable, Sendable {
    public var rule: RhythmRule
    public var period: Period
    public var value: Double
}

extension RhythmRule {
    /// The complete periods of `periodKind` inside `span` up to `asOf` whose total of the
    /// indicator (from `totalIn`) is below the rule.
    public func shortfalls(in span: Period, asOf: CivilDate, totalIn: (Period) -> Double) -> [RhythmShortfall] {
        Period.range(.containing(span.start, kind: periodKind), through: .containing(span.end, kind: periodKind))
            .filter { span.contains($0) && $0.end < asOf }
            .compactMap { p in
                let v = totalIn(p)
                return v < atLeast ? RhythmShortfall(rule: self, period: p, value: v) : nil
            }
    }
}

/// What a summary of a pack's units must speak of (SPEC §7 "checks"): a finding when the
/// text names none of the phrases, e.g. a hospital summary silent on 漏报.
public struct PackCheck: Codable, Hashable, Sendable {
    public var code: String
    public var anyOf: [String]
    public var text: Term

    /// Nil when the text names one of the phrases, else the finding.
    public func finding(in text: String) -> Term? {
        anyOf.contains(where: text.contains) ? nil : self.text
    }
}
