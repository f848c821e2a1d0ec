import TaizhangDocument
import TaizhangDomain
import TaizhangProcess

extension CreationWorkBuilder {
    /// What the process records show is wrong (存在的问题): no liaison, a self-inspection
    /// report never filed, spending outside the plan, the publicity base lost, no group
    /// meeting in the period.
    func problems() -> [ProblemItem] {
        var out: [ProblemItem] = []
        if dossier.liaisons.problem(unitID: source.unitID, on: min(period.end, asOf)) != nil {
            out.append(ProblemItem(text: "联络员制度落实不到位，目前未确定\(kind.chinese)联络员", source: .process))
        }
        let halves = source.creation.halfYears(years: rules.cycleYears).filter { $0.end <= period.end }
        for gap in HalfYearReports.gaps(unitID: source.unitID, kind: .selfInspection, halves: halves,
                                        reports: dossier.halfYearReports, rules: rules, asOf: asOf) {
            out.append(ProblemItem(text: "\(gap.period.chineseLabel)半年自查报告未按要求报送（应于\(gap.dueDate.chinese)前报送）", source: .process))
        }
        if let plan = dossier.fundPlan {
            let outside = dossier.expenditures.filter { $0.planID == plan.id && plan.line($0.lineID) == nil && $0.date <= period.end }
            if !outside.isEmpty {
                var b = RunBuilder()
                b.text("经费管理不够规范，")
                b.count(outside.count, "笔", trace: Self.refs(outside))
                b.text("支出（\(outside.prefix(2).map(\.description).joined(separator: "、"))）未列入经费使用方案，不符合专款专用要求")
                out.append(ProblemItem(text: b.runs.plainText, source: .process, ref: Self.refs(outside).first, runs: b.runs))
            }
        }
        if let s = publicityScore(), s.base == 0, !s.reports.isEmpty {
            out.append(ProblemItem(text: "信息报送存在迟报、漏报，\(s.window.chineseLabel)信息宣传基础分被扣除", source: .process))
        }
        if dossier.group != nil, meetingsInPeriod.isEmpty {
            out.append(ProblemItem(text: "\(prefix)领导小组未召开会议，统筹推进创建工作的机制作用有待加强", source: .process))
        }
        return out
    }

    /// Process work falling due in the following period: inspections planned, half-year
    /// reports to file. (Rectification deadlines come with the unit's open items.)
    func plans() -> [PlanItem] {
        let window = period.next
        var out: [PlanItem] = []
        for i in dossier.inspections where i.heldOn == nil && window.contains(i.plannedOn) {
            out.append(PlanItem(text: "做好迎接国家示范区办公室督导检查的各项准备", kind: .process,
                                dueDate: Self.doc(i.plannedOn), ref: .record(ProcessRecordType.inspection, i.id)))
        }
        // The half-year reports due in the window, one clause per half-year and due date.
        for half in source.creation.halfYears(years: rules.cycleYears) {
            let due = Dictionary(grouping: rules.halfYearReports.filter { window.contains($0.dueRule.dueDate(for: half)) }) {
                $0.dueRule.dueDate(for: half)
            }
            for (date, reports) in due.sorted(by: { $0.key < $1.key }) {
                let names = reports.map { $0.zh.hasPrefix("半年") ? String($0.zh.dropFirst(2)) : $0.zh }
                out.append(PlanItem(text: "按时报送\(half.chineseLabel)\(names.joined(separator: "和"))", kind: .process, dueDate: Self.doc(date)))
            }
        }
        return out
    }

    static func doc(_ d: CivilDate) -> DocDate { DocDate(year: d.year, month: d.month, day: d.day) }
}
