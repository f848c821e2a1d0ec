import Foundation
import TaizhangDomain

/// The supervision section's own records in the demo: typed appraisal facts, its online
/// supervision, and its ledger (complaints, banners, window inspections, circulars).
struct ServiceDemoOffice {
    var today: CivilDate
    var start: CivilDate
    var table: WorkingDayTable

    var workingDays: [CivilDate] {
        (start.dayNumber...today.dayNumber).filter(table.isWorkingDay).map { CivilDate(dayNumber: $0) }
    }

    var months: [Period] { Period.range(.containing(start, kind: .month), through: .containing(today, kind: .month)) }

    /// A few late arrivals a month, one absence, banners and letters of thanks, extra
    /// points for weekend service, and one upheld complaint.
    func appraisalRecords(staff: [ServiceStaff]) -> [AppraisalRecord] {
        var rng = SplitMix64(seed: 0x5E4_2026, label: "service-appraisal")
        var out: [AppraisalRecord] = []
        func add(_ s: ServiceStaff, _ d: CivilDate, _ source: AppraisalSource, _ note: String) {
            out.append(AppraisalRecord(id: out.count + 1, staffID: s.id, date: d, source: source, count: 1, note: note))
        }
        for month in months {
            let days = workingDays.filter { month.contains($0) }
            guard !days.isEmpty else { continue }
            for _ in 0..<rng.int(1...4) { add(rng.pick(staff), rng.pick(days), .attendanceLate, "指纹考勤迟到") }
            if rng.chance(0.6) { add(rng.pick(staff), rng.pick(days), .commendations, rng.chance(0.8) ? "群众赠送锦旗" : "收到表扬信") }
            if rng.chance(0.3) { add(rng.pick(staff), rng.pick(days), .extraPoints, "周末预约延时服务") }
            if month.index == 3 { add(staff[7], days[days.count / 2], .complaints, "群众投诉服务态度生硬，经核实属实") }
            if month.index == 5 { add(staff[11], days[1], .attendanceAbsent, "工作时间擅离岗位") }
        }
        return out
    }

    /// The section's staff look at the board most working days (a login a person a day).
    func logins() -> [(day: CivilDate, count: Int)] {
        var rng = SplitMix64(seed: 0x5E4_2026, label: "service-logins")
        return workingDays.map { ($0, rng.int(40...70)) }
    }

    /// …and open a dozen cases a day, mostly those still open.
    func views(cases: [ServiceCase]) -> [(day: CivilDate, caseID: Int)] {
        var rng = SplitMix64(seed: 0x5E4_2026, label: "service-views")
        var out: [(day: CivilDate, caseID: Int)] = []
        var i = 0
        for day in workingDays {
            while i < cases.count && cases[i].acceptedDay <= day { i += 1 }
            guard i > 0 else { continue }
            for _ in 0..<rng.int(8...18) { out.append((day, cases[rng.int(max(0, i - 600)...(i - 1))].id)) }
        }
        return out
    }

    /// Monthly: complaints received and resolved, window inspections, a circular; banners
    /// and letters of thanks as they came.
    func entries() -> [LedgerEntry] {
        var rng = SplitMix64(seed: 0x5E4_2026, label: "service-entries")
        var out: [LedgerEntry] = []
        for month in months {
            let days = workingDays.filter { month.contains($0) }
            guard days.count > 3 else { continue }
            let complaints = rng.int(0...2)
            if complaints > 0 {
                out.append(LedgerEntry(unitID: 0, category: .other, title: "\(month.chinesePrefix)群众投诉受理及处理",
                                       narrative: "受理群众投诉\(complaints)件，经督查科核实后均已妥善处理并反馈投诉人。", date: days.last!,
                                       values: [IndicatorValue(indicator: "complaints_received", value: Double(complaints)),
                                                IndicatorValue(indicator: "complaints_resolved", value: Double(complaints))]))
            }
            out.append(LedgerEntry(unitID: 0, category: .inspection, title: "\(month.chinesePrefix)窗口作风督查",
                                   narrative: "对窗口人员到岗、服务态度、规范着装等情况进行不定时督查。", date: days[days.count / 2],
                                   values: [IndicatorValue(indicator: "window_inspections", value: Double(rng.int(3...5)))]))
            if month.end < today {
                out.append(LedgerEntry(unitID: 0, category: .publicity, title: "\(month.chineseLabel)窗口督查情况通报",
                                       narrative: "通报窗口督查发现的问题及整改要求。", date: days.last!,
                                       values: [IndicatorValue(indicator: "service_circulars", value: 1)]))
            }
            if rng.chance(0.7) {
                let banners = rng.int(0...2), letters = rng.chance(0.3) ? 1 : 0
                if banners + letters > 0 {
                    out.append(LedgerEntry(unitID: 0, category: .other, title: "\(month.chinesePrefix)收到群众锦旗、表扬信",
                                           date: rng.pick(days),
                                           values: [IndicatorValue(indicator: "praise_banners", value: Double(banners)),
                                                    IndicatorValue(indicator: "praise_letters", value: Double(letters))].filter { $0.value > 0 }))
                }
            }
        }
        return out
    }
}
