import Foundation
import TaizhangDomain

/// 督办 on the demo's abnormal cases: the department's supervision group issues one a
/// working day after the case turns abnormal and the window answers within the limit; the
/// one left unanswered in the third month of the last half-year went up to the supervision office.
enum ServiceDemoOrders {
    static func make(_ cases: [ServiceCase], evaluator: CaseEvaluator, today: CivilDate, rules: OrderRules,
                     table: WorkingDayTable) -> [SupervisionOrder] {
        var out: [SupervisionOrder] = []
        var rng = SplitMix64(seed: 0x5E4_2026, label: "service-orders")
        // The half-year before the current one holds the centre's one office-level order.
        let escalated = Period.containing(today, kind: .halfYear).previous
        var unanswered: Int?
        for c in cases {
            let e = evaluator.evaluate(c, asOf: today)
            guard e.isAbnormal, let first = rules.levels.first else { continue }
            let noticed = table.adding(workingDays: 1, to: max(e.deadline, c.acceptedDay))
            let day = min(noticed, today)
            let reason = e.abnormalities.contains(.overdue) ? "办件超过承诺时限" : e.abnormalities.contains(.stepOverrun) ? "环节办理超时" : "不予许可未说明理由"
            guard var order = try? SupervisionOrder.issue(id: out.count + 1, case: c, level: first.code, on: day, by: "部门监察组",
                                                          reason: reason, existing: [], rules: rules, table: table) else { continue }
            let answer = table.adding(workingDays: rng.int(1...first.responseWorkingDays), to: day)
            // One order of that half-year is left unanswered: the office escalates it (below).
            let skip = unanswered == nil && escalated.contains(day) && day.month == escalated.firstMonth + 2
            if skip { unanswered = order.id }
            if answer <= today && !skip {
                try? order.respond(on: answer, by: "窗口负责人", text: "已查明原因并督促办结，今后加强环节时限管理")
                let close = table.adding(workingDays: 1, to: answer)
                if close <= today { try? order.close(on: close, conclusion: "整改到位，同意办结", rules: rules) }
            }
            out.append(order)
        }
        // The centre's one office-level order: the first department-level order left
        // unanswered past its deadline, escalated by the supervision office.
        if let i = out.firstIndex(where: { $0.id == unanswered && $0.responseDue < today }),
           let c = cases.first(where: { $0.id == out[i].caseID }),
           var up = try? out[i].escalate(id: out.count + 1, case: c, on: table.adding(workingDays: 1, to: out[i].responseDue),
                                         by: "区监察部门", existing: out, rules: rules, table: table) {
            let answer = table.adding(workingDays: 1, to: up.issuedOn)
            try? up.respond(on: answer, by: "部门分管领导", text: "已约谈窗口负责人，办件已办结并书面说明")
            try? up.close(on: table.adding(workingDays: 1, to: answer), conclusion: "整改到位", rules: rules)
            try? out[i].respond(on: answer, by: "窗口负责人", text: "已按区监察部门督办要求整改")
            try? out[i].close(on: table.adding(workingDays: 1, to: answer), conclusion: "随上级督办一并办结", rules: rules)
            out.append(up)
        }
        return out
    }
}
