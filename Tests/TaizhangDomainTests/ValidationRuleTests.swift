import Foundation
import Testing
@testable import TaizhangDomain

@Suite("Validation rules")
struct ValidationRuleTests {
    static func rule(_ op: ValidationRule.Operator, severity: ValidationRule.Severity = .warn) -> ValidationRule {
        ValidationRule(id: 1, name: "受众人次与演出场次", left: .indicator("audience"), op: op,
                       right: .indicator("performances"), severity: severity)
    }

    @Test(arguments: [
        (ValidationRule.Operator.lt, 3.0, 5.0, true), (.lt, 5, 5, false), (.lt, 6, 5, false),
        (.le, 3, 5, true), (.le, 5, 5, true), (.le, 6, 5, false),
        (.eq, 5, 5, true), (.eq, 5.0000000001, 5, true), (.eq, 5.1, 5, false),
        (.ge, 6, 5, true), (.ge, 5, 5, true), (.ge, 4, 5, false),
        (.gt, 6, 5, true), (.gt, 5, 5, false), (.gt, 4, 5, false),
        (.ne, 4, 5, true), (.ne, 5, 5, false),
    ])
    func operators(op: ValidationRule.Operator, left: Double, right: Double, passes: Bool) throws {
        let rule = Self.rule(op)

        let result = try #require(rule.evaluate(["audience": left, "performances": right]))

        #expect(result.passed == passes)
        #expect(result.left == left && result.right == right)
    }

    @Test func missingIndicatorSkipsTheRule() {
        let rule = Self.rule(.ge)

        let result = rule.evaluate(["audience": 100])

        #expect(result == nil)
    }

    @Test func coefficientsAndConstantsCombine() throws {
        // 出动执法人员 ≥ 2 × 检查次数 + 1
        let rule = ValidationRule(id: 2, name: "执法人员", left: .indicator("inspectors"), op: .ge,
                                  right: .init(terms: [.init("inspections", coefficient: 2)], constant: 1), severity: .warn)

        let fails = try #require(rule.evaluate(["inspectors": 6, "inspections": 3]))
        let holds = try #require(rule.evaluate(["inspectors": 7, "inspections": 3]))

        #expect(!fails.passed && fails.right == 7)
        #expect(holds.passed)
    }

    @Test func blockingOnlyWhenABlockingRuleFails() {
        let warn = Self.rule(.ge, severity: .warn)
        let block = ValidationRule(id: 2, name: "结案不超过立案", left: .indicator("cases_closed"), op: .le,
                                   right: .indicator("cases_filed"), severity: .block)

        let warned = [warn, block].evaluate(["audience": 1, "performances": 3, "cases_closed": 1, "cases_filed": 2])
        let blocked = [warn, block].evaluate(["audience": 10, "performances": 3, "cases_closed": 3, "cases_filed": 2])
        let skipped = [warn, block].evaluate(["cases_closed": 3])

        #expect(warned.results.map(\.passed) == [false, true] && !warned.blocking)
        #expect(blocked.results.map(\.passed) == [true, false] && blocked.blocking)
        #expect(skipped.results.isEmpty && !skipped.blocking)
    }

    @Test func messageShowsBothSides() throws {
        let result = try #require(Self.rule(.ge).evaluate(["audience": 2.5, "performances": 3]))

        #expect(result.message == "受众人次与演出场次：左侧 2.5 >= 右侧 3 不成立")
    }

    @Test(arguments: [(71.0, "71"), (0.5, "0.5"), (79.503, "79.503"), (1.23456, "1.2346"), (-3, "-3")])
    func compactNumbers(value: Double, text: String) {
        #expect(value.compact == text)
    }

    @Test func operatorsUseTheirSymbolsInJson() throws {
        let json = #"{"id":1,"name":"x","left":{"terms":[{"indicator":"a","coefficient":1}],"constant":0},"op":"<=","#
            + #""right":{"terms":[],"constant":100},"severity":"block"}"#

        let rule = try JSONDecoder().decode(ValidationRule.self, from: Data(json.utf8))

        #expect(rule.op == .le && rule.severity == .block)
        #expect(rule.evaluate(["a": 101])?.passed == false)
    }
}
