import Foundation

/// A validation rule over indicator values (校验规则): left side, operator, right side,
/// e.g. 其中 parts ≤ total, 受众人次 ≥ 演出场次. A failing rule blocks or warns.
public struct ValidationRule: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var name: String
    public var left: Expression
    public var op: Operator
    public var right: Expression
    public var severity: Severity

    public init(id: Int, name: String, left: Expression, op: Operator, right: Expression, severity: Severity) {
        self.id = id; self.name = name; self.left = left; self.op = op; self.right = right; self.severity = severity
    }

    public enum Severity: String, Codable, Sendable { case warn, block }

    private enum CodingKeys: String, CodingKey { case id, name, left, op, right, severity }

    /// Ids are the server's to assign: a new rule posted without one decodes with id 0.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decodeIfPresent(Int.self, forKey: .id) ?? 0, name: try c.decode(String.self, forKey: .name),
                  left: try c.decode(Expression.self, forKey: .left), op: try c.decode(Operator.self, forKey: .op),
                  right: try c.decode(Expression.self, forKey: .right), severity: try c.decode(Severity.self, forKey: .severity))
    }

    public enum Operator: String, Codable, Sendable, CaseIterable {
        case lt = "<", le = "<=", eq = "==", ge = ">=", gt = ">", ne = "!="
        func holds(_ a: Double, _ b: Double) -> Bool {
            let eps = 1e-9 * max(1, abs(a), abs(b))
            switch self {
            case .lt: return a < b - eps
            case .le: return a <= b + eps
            case .eq: return abs(a - b) <= eps
            case .ge: return a >= b - eps
            case .gt: return a > b + eps
            case .ne: return abs(a - b) > eps
            }
        }
    }

    /// A sum of indicator values plus a constant: Σ coefficient × value(code) + constant.
    public struct Expression: Codable, Hashable, Sendable {
        public var terms: [Term]
        public var constant: Double
        public init(terms: [Term] = [], constant: Double = 0) { self.terms = terms; self.constant = constant }
        public static func indicator(_ code: String) -> Expression { Expression(terms: [Term(code)]) }
        public static func value(_ v: Double) -> Expression { Expression(constant: v) }

        public struct Term: Codable, Hashable, Sendable {
            public var indicator: String
            public var coefficient: Double
            public init(_ indicator: String, coefficient: Double = 1) { self.indicator = indicator; self.coefficient = coefficient }
        }

        public var indicatorCodes: [String] { terms.map(\.indicator) }

        func evaluate(_ values: [String: Double]) -> Double? {
            var total = constant
            for t in terms {
                guard let v = values[t.indicator] else { return nil }
                total += t.coefficient * v
            }
            return total
        }
    }

    /// Evaluates the rule. A rule whose indicators are not all present is skipped (nil):
    /// a report that does not mention an indicator is not wrong about it.
    public func evaluate(_ values: [String: Double]) -> ValidationResult? {
        guard let l = left.evaluate(values), let r = right.evaluate(values) else { return nil }
        return ValidationResult(ruleID: id, name: name, severity: severity, passed: op.holds(l, r),
                                left: l, op: op, right: r)
    }
}

public struct ValidationResult: Codable, Hashable, Sendable {
    public var ruleID: Int
    public var name: String
    public var severity: ValidationRule.Severity
    public var passed: Bool
    public var left: Double
    public var op: ValidationRule.Operator
    public var right: Double

    public var message: String {
        "\(name)：左侧 \(left.compact) \(op.rawValue) 右侧 \(right.compact) " + (passed ? "成立" : "不成立")
    }
}

extension Array where Element == ValidationRule {
    /// Results of all applicable rules; `blocking` is true when any failing rule blocks.
    public func evaluate(_ values: [String: Double]) -> (results: [ValidationResult], blocking: Bool) {
        let results = compactMap { $0.evaluate(values) }
        return (results, results.contains { !$0.passed && $0.severity == .block })
    }
}

extension Double {
    /// 71 rather than 71.0; up to 4 decimals otherwise.
    public var compact: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        var s = String(format: "%.4f", self)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }
}
