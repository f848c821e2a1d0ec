import TaizhangDomain

/// Demo half-year reports, inspections and rectification items (SPEC §4.3–4.4).
extension ProcessDemoBuilder {
    /// A fund usage and a self-inspection report for every half-year already due, filed
    /// three days early — except that the vetoed unit never filed its latest self-inspection.
    func halfYearReports() -> [HalfYearReport] {
        var out: [HalfYearReport] = []
        for c in creations {
            for rule in rules.halfYearReports {
                let due = halves.filter { rule.dueRule.dueDate(for: $0) < today }
                for half in due where !(c.unitID == vetoedUnitID && rule.kind == .selfInspection && half == due.last) {
                    out.append(HalfYearReport(id: out.count + 1, unitID: c.unitID, kind: rule.kind, period: half,
                                              filedOn: rule.dueRule.dueDate(for: half).adding(days: -3), copiesTo: rule.copiesTo,
                                              summary: "\(name(c.unitID))\(rule.title(for: half))",
                                              findings: rule.kind == .selfInspection ? ["\(half.chinesePrefix)部分村（社区）文化活动记录不完整"] : []))
                }
            }
        }
        return out
    }

    /// One inspection a year per unit (none planned this year for the vetoed unit, which
    /// `InspectionRules.warnings` reports); each finding becomes a rectification item due
    /// 60 days after the visit: closed with evidence before it is due (the vetoed unit's ten
    /// days late), one of the zone's after an approved extension.
    func supervision() throws -> ([Inspection], [RectificationItem]) {
        var inspections: [Inspection] = [], items: [RectificationItem] = []
        let addressees = rules.supervision.feedbackAddressees.map(\.code)
        for (i, c) in creations.enumerated() {
            for year in years where !(c.unitID == vetoedUnitID && year == today.year) {
                let planned = CivilDate(year, 5, 12 + 3 * i), held = planned < today ? planned : nil
                let findings = held == nil ? [] : ["文化站免费开放时间公示不规范", "创建档案资料归档不及时"]
                let feedback = held.map { InspectionFeedback(sentOn: $0.adding(days: 10), addressees: addressees, text: "督导反馈意见") }
                let inspection = Inspection(id: inspections.count + 1, unitID: c.unitID, plannedOn: planned, heldOn: held,
                                            inspectors: ["国家示范区创建工作办公室督导组"], feedback: feedback, findings: findings)
                inspections.append(inspection)
                guard let held else { continue }
                items += try rectify(findings, source: FindingSource(.inspection, id: inspection.id), creation: i,
                                     deadline: held.adding(days: 60), firstID: items.count + 1, extendFirst: i == 0 && items.isEmpty)
            }
        }
        return (inspections, items)
    }

    /// The findings of the self-inspection reports, each due 45 days after filing.
    func selfInspectionItems(_ reports: [HalfYearReport], firstID: Int) throws -> [RectificationItem] {
        var out: [RectificationItem] = []
        for r in reports where r.kind == .selfInspection {
            guard let i = creations.firstIndex(where: { $0.unitID == r.unitID }) else { continue }
            out += try rectify(r.findings, source: FindingSource(.selfInspection, id: r.id), creation: i,
                               deadline: r.filedOn.adding(days: 45), firstID: firstID + out.count, extendFirst: false)
        }
        return out
    }

    private func rectify(_ findings: [String], source: FindingSource, creation i: Int, deadline: CivilDate, firstID: Int,
                         extendFirst: Bool) throws -> [RectificationItem] {
        var items = RectificationItem.open(findings: findings, source: source, unitID: creations[i].unitID,
                                           owner: Self.members[i][1].0, deadline: deadline, firstID: firstID)
        for k in items.indices {
            try progress(&items[k], extend: extendFirst && k == 0, late: creations[i].unitID == vetoedUnitID)
        }
        return items
    }

    private func progress(_ item: inout RectificationItem, extend: Bool, late: Bool) throws {
        if extend {
            let asked = item.deadline.adding(days: -10)
            try item.requestExtension(on: asked, newDeadline: item.deadline.adding(days: 30), reason: "涉及设施改造，需走政府采购程序",
                                      rules: rules.supervision.extension)
            try item.decideExtension(approve: true, on: asked.adding(days: 2), note: "同意延期30天")
        }
        let done = item.dueDate.adding(days: late ? 10 : -5)
        guard done < today else { return }
        try item.addEvidence(Evidence(date: done, text: "整改完成情况说明及照片", fileRef: "整改佐证-\(item.id).pdf"))
        try item.close(on: done, rules: rules.supervision)
    }
}
