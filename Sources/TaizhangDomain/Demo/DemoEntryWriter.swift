/// Writes two years of ledger entries for every township, its communities/villages and
/// its culture station, plus planned entries for the coming months.
struct DemoEntryWriter: Sendable {
    var start: CivilDate
    var today: CivilDate
    var horizon: CivilDate { today.adding(days: DemoDataset.planningDays) }

    func entries(layout: DemoLayout) -> [LedgerEntry] {
        var out: [LedgerEntry] = []
        for t in layout.townships {
            var rng = SplitMix64(seed: DemoDataset.seed, label: "entries/\(t.info.slug)")
            let sites = t.info.children
            let own = DemoTemplates.routine + DemoTemplates.calendar
            out += weekly(own.filter { $0.fits(t.info) }, t, unitID: t.unitID, sites: sites, rng: &rng) { rng, date in
                let base = rng.weightedIndex([35, 45, 20]) + 1
                return base + (DemoFestival.isSpringSeason(date) ? 1 : 0)
            }
            out += calendar(own.filter { $0.fits(t.info) }, t, unitID: t.unitID, sites: sites, chance: 0.92,
                            planAhead: true, rng: &rng)
            for (i, childID) in t.childIDs.enumerated() {
                let local = DemoTemplates.community.filter { $0.fits(t.info) }
                out += weekly(local, t, unitID: childID, sites: [sites[i]], rng: &rng) { rng, _ in rng.chance(0.09) ? 1 : 0 }
                out += calendar(local, t, unitID: childID, sites: [sites[i]], chance: 0.6, planAhead: false, rng: &rng)
            }
            let station = DemoTemplates.station
            out += weekly(station, t, unitID: t.stationID, sites: sites, rng: &rng) { rng, _ in rng.chance(0.12) ? 1 : 0 }
            out += calendar(station, t, unitID: t.stationID, sites: sites, chance: 0.95, planAhead: false, rng: &rng)
        }
        return out.sorted { ($0.date, $0.unitID) < ($1.date, $1.unitID) }
    }

    /// Routine work, week by week (Monday to Saturday).
    private func weekly(_ templates: [DemoTemplate], _ t: DemoLayout.Township, unitID: Int, sites: [String],
                        rng: inout SplitMix64, count: (inout SplitMix64, CivilDate) -> Int) -> [LedgerEntry] {
        var out: [LedgerEntry] = []
        var monday = start.adding(days: -start.weekday)
        while monday <= today {
            for _ in 0..<count(&rng, monday) {
                let date = monday.adding(days: rng.int(0...5))
                let fitting = templates.filter { $0.routineWeight(in: date.month) > 0 }
                guard date >= start, date <= today, !fitting.isEmpty, !skipsForLaggard(t, date, &rng) else { continue }
                let template = fitting[rng.weightedIndex(fitting.map { $0.routineWeight(in: date.month) })]
                out.append(entry(template, t, unitID: unitID, date: date, sites: sites, planned: false, rng: &rng))
            }
            monday = monday.adding(days: 7)
        }
        return out
    }

    /// Festival, yearly and monthly work; future occurrences become planned entries.
    private func calendar(_ templates: [DemoTemplate], _ t: DemoLayout.Township, unitID: Int, sites: [String],
                          chance: Double, planAhead: Bool, rng: inout SplitMix64) -> [LedgerEntry] {
        var out: [LedgerEntry] = []
        for year in start.year...horizon.year {
            for template in templates {
                for date in template.occurrences(in: year, rng: &rng) {
                    let last = date.adding(days: template.spanDays)
                    if date >= start, last <= today {
                        guard rng.chance(chance), !skipsForLaggard(t, date, &rng) else { continue }
                        out.append(entry(template, t, unitID: unitID, date: date, sites: sites, planned: false, rng: &rng))
                    } else if planAhead, date > today, date <= horizon, !template.isMonthly {
                        out.append(entry(template, t, unitID: unitID, date: date, sites: sites, planned: true, rng: &rng))
                    }
                }
            }
        }
        return out
    }

    /// The laggard township does about a third less this year.
    private func skipsForLaggard(_ t: DemoLayout.Township, _ date: CivilDate, _ rng: inout SplitMix64) -> Bool {
        t.index == DemoNames.laggard && date.year == today.year && rng.chance(0.35)
    }

    private func entry(_ template: DemoTemplate, _ t: DemoLayout.Township, unitID: Int, date: CivilDate,
                       sites: [String], planned: Bool, rng: inout SplitMix64) -> LedgerEntry {
        var vars = [
            "unit": t.info.name, "short": t.info.name.replacingOccurrences(of: "街道", with: "").replacingOccurrences(of: "镇", with: ""),
            "site": rng.pick(sites), "square": t.info.square, "station": t.info.stationName,
            "district": DemoNames.districtName, "year": "\(date.year)", "month": "\(date.month)",
        ]
        let title = DemoTemplate.fill(template.title, vars)
        let place = template.place.map { DemoTemplate.fill($0, vars) }
        let endDate = template.spanDays > 0 ? date.adding(days: template.spanDays) : nil
        if planned {
            let narrative = "计划于\(date.chinese)" + (place.map { "在\($0)" } ?? "") + "开展，具体方案另行制定。"
            return LedgerEntry(unitID: unitID, category: template.category, title: title, narrative: narrative,
                               place: place, date: date, endDate: endDate, planned: true)
        }
        let scale = t.info.scale * (DemoFestival.isSpringSeason(date) ? 1.4 : 1)
        let values = DemoValue.draw(template.values, scale: scale, rng: &rng)
        for v in values { vars[v.indicator] = v.value.compact + (v.qualifier ?? "") }
        return LedgerEntry(unitID: unitID, category: template.category, title: title,
                           narrative: DemoTemplate.fill(template.narrative, vars), place: place, date: date,
                           endDate: endDate, values: values, source: rng.chance(template.apiShare) ? .api : .typed)
    }
}

extension DemoTemplate {
    func routineWeight(in month: Int) -> Int {
        guard case .routine(let weight, let months) = when else { return 0 }
        return months.isEmpty || months.contains(month) ? weight : 0
    }

    var isMonthly: Bool { if case .monthly = when { true } else { false } }

    /// The days in `year` on which this calendar-bound work happens (none for routine work).
    func occurrences(in year: Int, rng: inout SplitMix64) -> [CivilDate] {
        switch when {
        case .routine: return []
        case .festival(let f, let offsets): return [f.date(in: year).adding(days: rng.int(offsets))]
        case .yearly(let month, let days): return [CivilDate(year, month, rng.int(days))]
        case .monthly(let days):
            return (1...12).map { CivilDate(year, $0, min(rng.int(days), CivilDate.daysIn(year: year, month: $0))) }
        }
    }
}
