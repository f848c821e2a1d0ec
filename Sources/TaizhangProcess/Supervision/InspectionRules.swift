import TaizhangDomain

public enum InspectionRules {
    /// SPEC §4.4 "1–2 times a year": warnings for a unit's `year` — none planned, more than
    /// the maximum, a planned date passed without it being held, or a held inspection whose
    /// written feedback has not reached every required addressee.
    public static func warnings(unitID: Int, year: Int, inspections: [Inspection], rules: SupervisionRules,
                                asOf: CivilDate) -> [Term] {
        let mine = inspections.filter { $0.unitID == unitID && $0.year == year }.sorted { $0.plannedOn < $1.plannedOn }
        let range = rules.inspectionsPerYear
        var out: [Term] = []
        if mine.count < range.min {
            out.append(Term("no_inspection_planned", zh: "\(year)年计划督导\(mine.count)次，少于\(range.min)次",
                            en: "\(mine.count) inspection(s) planned for \(year), fewer than \(range.min)"))
        }
        if mine.count > range.max {
            out.append(Term("too_many_inspections", zh: "\(year)年计划督导\(mine.count)次，多于\(range.max)次",
                            en: "\(mine.count) inspections planned for \(year), more than \(range.max)"))
        }
        for i in mine where i.heldOn == nil && i.plannedOn < asOf {
            out.append(Term("inspection_overdue", zh: "原定\(i.plannedOn.chinese)的督导尚未开展", en: "The inspection planned for \(i.plannedOn) has not been held"))
        }
        for i in mine where i.heldOn != nil {
            let missing = rules.feedbackAddressees.filter { !(i.feedback?.addressees.contains($0.code) ?? false) }
            guard !missing.isEmpty else { continue }
            out.append(Term("feedback_missing", zh: "\(i.heldOn!.chinese)督导未向\(missing.map(\.zh).joined(separator: "、"))书面反馈",
                            en: "No written feedback of the \(i.heldOn!) inspection to \(missing.map(\.en).joined(separator: ", "))"))
        }
        return out
    }
}
