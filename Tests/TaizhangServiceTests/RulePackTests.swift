import Testing
import TaizhangDomain
@testable import TaizhangService

/// The rule packs live in TaizhangDomain; they are tested here beside the service rules
/// they complete (the Domain test target is another helper's, being reworked).
@Suite("Rule packs")
struct RulePackTests {
    static let packs = try! RulePacks.shipped()

    @Test func threePacksShipEachConsistent() throws {
        #expect(Self.packs.map(\.code) == ["public-culture", "service-centre", "hospital-infection"])
        for pack in Self.packs {
            let codes = Set(pack.catalog.indicators.map(\.code))
            #expect(pack.catalog.problems().isEmpty, "\(pack.code)")
            for d in pack.derived { #expect(Set(d.inputs).isSubset(of: codes), "\(pack.code): \(d.code)") }
            for r in pack.rhythm { #expect(codes.contains(r.indicator), "\(pack.code): \(r.code)") }
            for v in pack.validationRules {
                #expect(Set(v.left.indicatorCodes + v.right.indicatorCodes).isSubset(of: codes), "\(pack.code): \(v.name)")
            }
            #expect(Set(pack.summary.hidden).isSubset(of: codes))
        }
        let all = Self.packs.flatMap(\.catalog.indicators).map(\.code)
        #expect(Set(all).count == all.count, "indicator codes are unique across packs")
        let plans = Self.packs.flatMap(\.plans).map(\.id)
        #expect(Set(plans).count == plans.count, "plan ids are unique across packs")
    }

    /// A unit's kind selects its pack; a department or section takes its parent's.
    @Test func aUnitsKindSelectsItsPack() {
        let tree = UnitTree([
            Unit(id: 1, parentID: nil, kind: .bureau, name: "临江区文化和旅游局"),
            Unit(id: 2, parentID: 1, kind: .section, name: "文艺科"),
            Unit(id: 3, parentID: nil, kind: .serviceCenter, name: "临江区政务服务中心"),
            Unit(id: 4, parentID: 3, kind: .section, name: "区市场监督管理局进驻窗口"),
            Unit(id: 5, parentID: nil, kind: .hospital, name: "临江区人民医院"),
            Unit(id: 6, parentID: 5, kind: .department, name: "院感科"),
            Unit(id: 7, parentID: nil, kind: .department, name: "独立科室"),
        ])

        let codes = (1...7).map { RulePacks.pack(for: $0, in: tree, packs: Self.packs)?.code }

        #expect(codes == ["public-culture", "public-culture", "service-centre", "service-centre",
                          "hospital-infection", "hospital-infection", "public-culture"])
    }

    /// 漏报率 = 漏报 ÷ (报告 + 漏报); no missed report recorded is 0 %, no report at all no figure.
    @Test func derivedRatesAreRatiosOfTotals() throws {
        let hospital = try #require(Self.packs.first { $0.code == "hospital-infection" })
        let missed = try #require(hospital.derived.first { $0.code == "notifiable_missed_rate" })
        let onTime = try #require(hospital.derived.first { $0.code == "notifiable_on_time_rate" })

        #expect(missed.value(["notifiable_reported": 297, "notifiable_missed": 3]) == 1)
        #expect(missed.value(["notifiable_reported": 303]) == 0)
        #expect(missed.value([:]) == nil)
        #expect(abs(onTime.value(["notifiable_reported": 303, "notifiable_late": 10])! - 293.0 / 303 * 100) < 1e-9)
    }

    /// Four self-checks a month: January had 4, February 3; March is not over on 03-20.
    @Test func rhythmShortfallsAreTheCompleteMonthsBelowTheRule() throws {
        let hospital = try #require(Self.packs.first { $0.code == "hospital-infection" })
        let rule = try #require(hospital.rhythm.first { $0.code == "self_checks" })
        let done: [Int: Double] = [1: 4, 2: 3, 3: 1]

        let short = rule.shortfalls(in: .half(2026, 1), asOf: CivilDate(2026, 3, 20)) { done[$0.index] ?? 0 }

        #expect(short.map(\.period) == [.month(2026, 2)])
        #expect(short.first?.value == 3)
    }

    @Test func packChecksFindTheTopicsASummaryLeavesOut() throws {
        let hospital = try #require(Self.packs.first { $0.code == "hospital-infection" })
        let text = "1-5月份全院共上报院感病例20例、传染病病例303例，查出传染病迟报病例10份，有效杜绝了漏报情况的发生。"

        #expect(hospital.checks.compactMap { $0.finding(in: text) }.isEmpty)
        #expect(hospital.checks.compactMap { $0.finding(in: "加强院感培训。") }.map(\.code) == ["missed", "late", "infection"])
    }
}
