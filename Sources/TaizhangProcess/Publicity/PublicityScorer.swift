import Foundation
import TaizhangDomain

/// SPEC §4.6 信息宣传工作评分, as a pure function of the records: recomputing after late
/// data (a late adoption, a resubmitted report) is calling it again.
public enum PublicityScorer {
    /// SPEC §4.6 cadence: a zone is scored for each half-year of its cycle that has begun by
    /// `through`; a project once, for its whole cycle (`KindRule.scoring`).
    public static func windows(for creation: Creation, rules: ProcessRuleSet, through: CivilDate) -> [ScoringPeriod] {
        switch rules.kind(creation.kind).scoring {
        case .cycle: return [creation.cycle(years: rules.cycleYears)]
        case .halfYear: return creation.halfYears(years: rules.cycleYears).filter { $0.start <= through }.map(ScoringPeriod.half)
        }
    }

    /// SPEC §4.6: base (`rules.publicity.base.points` if every periodic report due in the
    /// window was on time, else 0) plus the tier points of each adoption in the window.
    /// `now` decides whether a report not yet in is missing or not due yet.
    public static func score(_ creation: Creation, window: ScoringPeriod, plans: [ReportingPlan], reports: [ReportRecord],
                             adoptions: [MediaAdoption], rules: ProcessRuleSet, now: Date) -> PublicityScore {
        let checks = reportChecks(creation, window: window, plans: plans, reports: reports, rules: rules, now: now)
        let base = checks.contains(where: \.fails) ? 0 : rules.publicity.base.points
        let (lines, ignored) = adoptionLines(creation, window: window, adoptions: adoptions, rules: rules)
        return PublicityScore(unitID: creation.unitID, kind: creation.kind, window: window, base: base, reports: checks,
                              lines: lines, ignored: ignored, total: base + lines.map(\.points).reduce(0, +),
                              scoredOn: CivilDate(now))
    }

    /// SPEC §4.6 tier points. Which adoptions count:
    /// - dated inside the window (a zone's count resets each half-year when
    ///   `resetsAfterScoring`; otherwise it runs from the start of the cycle);
    /// - every adoption scores its own tier's points, so one piece of information adopted by
    ///   two outlets (of the same or different tiers) scores twice;
    /// - the same outlet recorded twice for the same information counts once;
    /// - an adoption by an outlet the rule set lists scores that outlet's tier;
    /// - an adoption whose tier the rule set does not know is left out, with the reason.
    static func adoptionLines(_ creation: Creation, window: ScoringPeriod, adoptions: [MediaAdoption],
                              rules: ProcessRuleSet) -> ([AdoptionLine], [IgnoredAdoption]) {
        let from = rules.kind(creation.kind).resetsAfterScoring ? window.start : creation.cycle(years: rules.cycleYears).start
        let mine = adoptions.filter { $0.unitID == creation.unitID && from <= $0.date && $0.date <= window.end }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var lines: [AdoptionLine] = [], ignored: [IgnoredAdoption] = [], seen: Set<String> = []
        for a in mine {
            // A listed outlet scores its listed tier whatever tier the record carries (records
            // stored before the tier was checked against the outlet).
            let listed = rules.publicity.tiers(listing: a.outlet)
            let recorded = rules.publicity.tier(a.tier).flatMap { t in listed.isEmpty || listed.contains(t) ? t : nil }
            guard let tier = recorded ?? listed.first else {
                ignored.append(IgnoredAdoption(adoptionID: a.id, reason: Term("unknown_tier", zh: "未知的媒体级别“\(a.tier)”，不计分",
                                                                              en: "Unknown tier \(a.tier): not scored")))
                continue
            }
            let key = "\(a.informationID)|" + a.outlet.filter { !$0.isWhitespace }
            guard seen.insert(key).inserted else {
                ignored.append(IgnoredAdoption(adoptionID: a.id, reason: Term("duplicate_adoption", zh: "\(a.outlet)对同一信息的重复登记，只计一次",
                                                                              en: "\(a.outlet) recorded twice for the same information: counted once")))
                continue
            }
            lines.append(AdoptionLine(adoptionID: a.id, informationID: a.informationID, outlet: a.outlet, tier: tier.code,
                                      points: tier.points, date: a.date, link: a.link))
        }
        return (lines, ignored)
    }
}
