import Foundation
import TaizhangDomain

/// The demo hospital's infection office (院感科) for the two years before `today`, in the
/// rhythm of seed 000: notifiable-disease reporting self-checked four times a month (once,
/// in one month, only three times), hospital-infection control supervised twice a month,
/// a theme inspection at each month's end, a monthly circular of reporting with the
/// month's counts (reported, late, missed, infection cases, deaths, records screened,
/// discharged patients), hand-hygiene observations, trainings and the health
/// authorities' inspections. Unit 0 stands for the 院感科; the server maps it.
public enum HospitalDemo {
    public static let hospitalName = "临江区人民医院"
    public static let officeName = "院感科"

    public struct Report: Sendable { public var month: Period; public var submittedAt: Date }

    public static func entries(today: CivilDate, table: WorkingDayTable) -> [LedgerEntry] {
        var rng = SplitMix64(seed: 0x4059_2026, label: "hospital")
        var out: [LedgerEntry] = []
        let start = CivilDate(today.year - 2, today.month, 1)
        let shortMonth = Period.month(today.year, 4)
        for month in Period.range(.containing(start, kind: .month), through: .containing(today, kind: .month)) {
            let days = (month.start.dayNumber...min(month.end, today).dayNumber).filter(table.isWorkingDay).map { CivilDate(dayNumber: $0) }
            guard days.count >= 8 else { continue }
            let done = month.end < today
            func at(_ fraction: Double) -> CivilDate { days[min(days.count - 1, Int(Double(days.count) * fraction))] }
            func v(_ code: String, _ value: Double) -> IndicatorValue { IndicatorValue(indicator: code, value: value) }
            let checks = month == shortMonth ? 3 : 4
            for k in 0..<(done ? checks : min(checks, days.count / 5)) {
                out.append(LedgerEntry(unitID: 0, category: .inspection, title: "传染病上报管理自查",
                                       narrative: "核对门诊日志、住院登记与传染病报告卡，查找迟报、漏报。", date: at(Double(k) / 4 + 0.1),
                                       values: [v("reporting_self_checks", 1)]))
            }
            for k in 0..<(done ? 2 : 1) {
                out.append(LedgerEntry(unitID: 0, category: .inspection, title: "医院感染管理督察",
                                       narrative: "督察各科室消毒隔离、无菌操作、医疗废物分类处置落实情况。", date: at(Double(k) / 2 + 0.3),
                                       values: [v("infection_supervisions", 1)]))
            }
            guard done else { continue }
            out.append(LedgerEntry(unitID: 0, category: .inspection, title: "\(month.chinesePrefix)主题活动检查", date: at(0.95),
                                   values: [v("theme_inspections", 1)]))
            let reported = Double(rng.int(48...72)), late = Double(rng.int(0...3)), infections = Double(rng.int(2...6))
            let discharged = Double(rng.int(1_650...2_050))
            out.append(LedgerEntry(unitID: 0, category: .publicity, title: "\(month.chineseLabel)传染病及院感上报情况通报",
                                   narrative: "以简报形式将本月传染病、院感病例、死亡病例上报情况通报各科室。", date: at(0.98),
                                   values: [v("reporting_circulars", 1), v("notifiable_reported", reported), v("notifiable_late", late),
                                            v("notifiable_missed", 0), v("infection_cases", infections), v("infection_late", Double(rng.int(0...1))),
                                            v("deaths_reported", Double(rng.int(1...4))), v("records_screened", Double(rng.int(320...380))),
                                            v("discharged_patients", discharged)]))
            out.append(LedgerEntry(unitID: 0, category: .inspection, title: "手卫生依从性调查", date: at(0.6),
                                   values: [v("hand_hygiene_opportunities", 200), v("hand_hygiene_performed", Double(rng.int(158...186)))]))
            out.append(LedgerEntry(unitID: 0, category: .inspection, title: "环境卫生学及消毒灭菌效果监测", date: at(0.5),
                                   values: [v("monitoring_items", Double(rng.int(28...40)))]))
            if month.index % 2 == 0 {
                out.append(LedgerEntry(unitID: 0, category: .training, title: rng.pick(["多重耐药菌感染防控培训", "手卫生与标准预防培训", "传染病诊断标准及报告培训"]),
                                       date: at(0.4), values: [v("trainings", 1), v("training_participants", Double(rng.int(60...150)))]))
            }
            if rng.chance(0.8) {
                out.append(LedgerEntry(unitID: 0, category: .inspection, title: rng.pick(["迎接区卫生监督所传染病管理检查", "迎接区疾控中心发热门诊、肠道门诊检查"]),
                                       date: at(0.7), values: [v("external_inspections", 1)]))
            }
        }
        return out
    }

    /// The monthly report (传染病及院感上报情况月报), submitted on the 3rd working day of the
    /// next month — one of them late, on the 8th.
    public static func reports(today: CivilDate, table: WorkingDayTable) -> [Report] {
        let start = CivilDate(today.year - 2, today.month, 1)
        return Period.range(.containing(start, kind: .month), through: Period.containing(today, kind: .month).previous).compactMap { m in
            let due = m.end.adding(days: 1)
            let day = m == .month(today.year, 2) ? CivilDate(due.year, due.month, 8) : table.adding(workingDays: 3, to: m.end)
            guard day <= today else { return nil }
            return Report(month: m, submittedAt: day.startInstant().addingTimeInterval(10 * 3600))
        }
    }
}
