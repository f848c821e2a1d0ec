import Foundation
import TaizhangDomain

extension ProcessCompliance {
    static let noGroup = Term("no_leading_group", zh: "未成立领导小组", en: "No leading group")

    /// The cycle's years that ended before the assessment day.
    static func endedYears(_ c: Context) -> [Int] {
        let first = c.dossier.creation.startYear
        return (first..<first + c.rules.cycleYears).filter { CivilDate($0, 12, 31) < c.asOf }
    }

    /// SPEC §4.1: a leading group with a head (组长) and an office (办公室).
    static func leadingGroup(_ c: Context) -> [Term] {
        c.dossier.group.map { $0.structureProblems() } ?? [noGroup]
    }

    /// SPEC §4.1: regular meetings (定期例会) every ended year of the cycle; minutes on file for each meeting.
    static func groupMeetings(_ c: Context) -> [Term] {
        c.dossier.group.map { $0.meetingProblems(years: endedYears(c), rules: c.rules.leadingGroup) } ?? [noGroup]
    }

    /// SPEC §4.2: exactly one liaison in office on the assessment day.
    static func liaison(_ c: Context) -> [Term] {
        c.dossier.liaisons.problem(unitID: c.dossier.unitID, on: c.asOf).map { [$0] } ?? []
    }

    /// SPEC §4.3: a usage plan reviewed by the provincial finance and culture departments,
    /// filed with the national office, and every line in an allowed category.
    static func fundPlan(_ c: Context) -> [Term] {
        guard let plan = c.dossier.fundPlan else { return [Term("no_fund_plan", zh: "未制定经费使用方案", en: "No fund usage plan")] }
        var out: [Term] = []
        let status = plan.status(rules: c.rules.funds)
        if status != .filed {
            out.append(Term("plan_\(status.rawValue)", zh: "经费使用方案\(status.chinese)，未完成审核备案", en: "Fund plan \(status.rawValue), not reviewed and filed"))
        }
        for line in plan.linesOutsideCategories(rules: c.rules.funds) {
            out.append(Term("category_not_allowed", zh: "方案项目“\(line.scope)”不在允许的使用范围内", en: "Plan line “\(line.scope)” is outside the allowed categories"))
        }
        return out
    }

    /// SPEC §4.3 专款专用: every expenditure, checked in date order against those before it,
    /// passes `Earmark.refusals` (approved line, allowed category, within budget, 不得充抵).
    static func expendituresInPlan(_ c: Context) -> [Term] {
        let mine = c.dossier.expenditures.filter { $0.unitID == c.dossier.unitID }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        return mine.enumerated().flatMap { i, e in
            Earmark.refusals(e, plan: c.dossier.fundPlan, existing: Array(mine[..<i]), rules: c.rules.funds).map { r in
                Term(r.code, zh: "\(e.date.chinese)支出“\(e.description)”\(Money.yuan(e.amount))：\(r.zh)",
                     en: "Expenditure of \(e.date) “\(e.description)”: \(r.en)")
            }
        }
    }

    /// SPEC §4.3 (fund usage) and §4.4 (self-inspection): a report for every half-year of the
    /// cycle whose due date has passed.
    static func halfYearGaps(_ c: Context, _ kind: HalfYearReportKind) -> [Term] {
        let halves = c.dossier.creation.halfYears(years: c.rules.cycleYears)
        let name = c.rules.halfYearReport(kind)
        return HalfYearReports.gaps(unitID: c.dossier.unitID, kind: kind, halves: halves, reports: c.dossier.halfYearReports,
                                    rules: c.rules, asOf: c.asOf).map { g in
            Term("missing_\(kind.rawValue)", zh: "缺\(name?.title(for: g.period) ?? g.period.chineseLabel + kind.rawValue)（应于\(g.dueDate.chinese)前报送）",
                 en: "Missing \(name?.titleEn(for: g.period) ?? kind.rawValue) (due \(g.dueDate))")
        }
    }

    /// SPEC §4.4: no rectification item past its deadline still open.
    static func rectification(_ c: Context) -> [Term] {
        c.dossier.rectifications.filter { $0.unitID == c.dossier.unitID && $0.status(asOf: c.asOf) == .overdue }.map { i in
            Term("rectification_overdue", zh: "整改事项“\(i.finding)”逾期未销号（期限\(i.dueDate.chinese)）",
                 en: "Rectification item “\(i.finding)” overdue (due \(i.dueDate))")
        }
    }

    /// SPEC §4.5: no periodic information report of the cycle missing by the assessment day.
    static func informationReports(_ c: Context) -> [Term] {
        let cycle = c.dossier.creation.cycle(years: c.rules.cycleYears)
        return PublicityScorer.reportChecks(c.dossier.creation, window: cycle, plans: c.plans, reports: c.dossier.reports,
                                            rules: c.rules, now: c.asOf.startInstant()).filter { $0.status == .missing }.map(\.reason)
    }
}
