import Foundation
import TaizhangDomain

/// Ratings of the demo cases: most at the window device right after completion, some by
/// SMS after the automatic invitation, a few on the web or by phone; levels mostly
/// 非常满意, with the food-licensing window (B02) slipping in the last two months so the
/// ranking summons it; every bad rating fixed with a callback, a few late or open, two
/// appealed (one upheld).
struct ServiceDemoRatings {
    var today: CivilDate
    var rules: ServiceRuleSet
    var table: WorkingDayTable
    var rng = SplitMix64(seed: 0x5E4_2026, label: "service-ratings")

    init(today: CivilDate, rules: ServiceRuleSet, table: WorkingDayTable) { self.today = today; self.rules = rules; self.table = table }

    mutating func make(_ cases: [ServiceCase]) -> (ratings: [Rating], fixes: [RatingFix], invitations: [Invitation]) {
        var ratings: [Rating] = [], fixes: [RatingFix] = [], invitations: [Invitation] = []
        let slipping = Set([Period.containing(today, kind: .month).previous, Period.containing(today, kind: .month).offset(by: -2)])
        let appealed = 2
        for c in cases {
            guard let done = c.completedAt, c.outcome != .withdrawn else { continue }
            let doneDay = CivilDate(dayNumber: CivilDate.beijingDayNumber(done))
            let roll = rng.unit()
            var channel = "window_device", at = done.addingTimeInterval(Double(rng.int(30...300)))
            if roll > 0.62 {
                // Not rated at the window: invited by SMS three days later; some answer.
                let invited = doneDay.adding(days: rules.ratings.autoInvitation.afterDays)
                guard invited <= today else { continue }
                invitations.append(Invitation(id: invitations.count + 1, caseID: c.id, channel: "sms",
                                              sentAt: invited.startInstant().addingTimeInterval(9 * 3600), automatic: true))
                guard roll < 0.80 else { continue }
                channel = rng.chance(0.8) ? "sms" : (rng.chance(0.7) ? "web" : "phone_callback")
                at = invited.startInstant().addingTimeInterval(Double(rng.int(10...40) * 3600))
                guard CivilDate(dayNumber: CivilDate.beijingDayNumber(at)) <= today else { continue }
            }
            let month = Period.containing(doneDay, kind: .month)
            let worse = c.windowID == 4 && slipping.contains(month)
            let level = pickLevel(worse: worse)
            let rating = Rating(id: ratings.count + 1, caseID: c.id, departmentID: c.departmentID, windowID: c.windowID, staffID: c.staffID,
                                level: level, channel: channel, ratedAt: at, comment: comment(level))
            ratings.append(rating)
            if var fix = RatingFix.opening(id: fixes.count + 1, for: rating, rules: rules.ratings, table: table) {
                if fixes.count < appealed {
                    // The first bad ratings were appealed: one overturned, one upheld as fair.
                    var r = rating
                    let day = table.adding(workingDays: 1, to: rating.ratedDay)
                    try? r.fileAppeal(on: day, by: "窗口工作人员", reason: "申请人因材料不全被一次性告知补正，对政策规定不满，非服务态度问题",
                                      rules: rules.ratings, table: table)
                    try? r.decideAppeal(upheld: fixes.isEmpty, on: table.adding(workingDays: 3, to: day), by: "督查科",
                                        note: fixes.isEmpty ? "经调取录像核实，窗口已按规定一次性告知，差评不属实" : "经核实窗口解释不够耐心，申诉不成立")
                    ratings[ratings.count - 1] = r
                    if !r.counts { fix.void(); fixes.append(fix); continue }
                }
                close(&fix)
                fixes.append(fix)
            }
        }
        return (ratings, fixes, invitations)
    }

    mutating func pickLevel(worse: Bool) -> String {
        let weights = worse ? [700, 200, 70, 25, 5] : [860, 112, 21, 6, 1]
        return rules.ratings.levels[min(rng.weightedIndex(weights), rules.ratings.levels.count - 1)].code
    }

    func comment(_ level: String) -> String {
        switch level {
        case "very_satisfied": "办事效率高，工作人员热情"
        case "dissatisfied": "等候时间较长，工作人员解释不够清楚"
        case "very_dissatisfied": "多次往返，告知不一次到位"
        default: ""
        }
    }

    /// Measures and a callback within the limit for most; the newest stay open, one runs late.
    mutating func close(_ fix: inout RatingFix) {
        let callbackDay = table.adding(workingDays: rng.int(2...8), to: fix.openedOn)
        guard callbackDay <= today else { return }
        try? fix.recordMeasures(rng.pick(["对窗口人员开展服务规范再培训，优化一次性告知单", "调整窗口排班，高峰期增开弹性窗口", "约谈窗口负责人，完善首问负责制"]))
        try? fix.addCallback(Callback(on: callbackDay, by: "督查科", result: "电话回访申请人，说明整改情况，申请人表示认可", satisfied: true))
        let late = rng.chance(0.05)
        let closeDay = late ? table.adding(workingDays: rules.ratings.rectification.workingDays + 2, to: fix.openedOn)
                            : table.adding(workingDays: rng.int(1...3), to: callbackDay)
        if closeDay <= today { try? fix.close(on: closeDay, rules: rules.ratings.rectification) }
    }
}
