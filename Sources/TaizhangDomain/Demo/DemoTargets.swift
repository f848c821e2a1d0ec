/// Annual and half-year targets (目标任务) for each township this year. Offices set them
/// from their pace ("在去年基础上稳中有升"); here the ambition per township is chosen so
/// that progress varies: most are on track or a little ahead, the laggard clearly behind.
enum DemoTargets {
    static let indicators = ["performances", "audience", "film_screenings", "training_sessions",
                             "trainees", "publicity_materials", "inspections", "funds_spent"]

    /// Target ÷ the township's full-year pace; above 1 means harder to reach.
    static let ambition: [Double] = [0.92, 0.88, 1.0, 0.95, 1.02, 1.5]

    static func make(layout: DemoLayout, entries: [LedgerEntry], catalog: Catalog, today: CivilDate) -> [Target] {
        let year = Period.year(today.year)
        let elapsed = Double(year.start.days(until: today) + 1) / Double(year.start.days(until: year.end) + 1)
        // Early in the year this year's pace says little: use last year's total instead.
        let basis = elapsed >= 0.25 ? year : year.previous
        let stretch = elapsed >= 0.25 ? 1 / elapsed : 1
        var out: [Target] = []
        for t in layout.townships {
            var rng = SplitMix64(seed: DemoDataset.seed, label: "targets/\(t.info.slug)")
            let mine = entries.filter { $0.unitID == t.unitID && !$0.planned && basis.contains($0.countsOn) && $0.countsOn <= today }
            for code in indicators {
                guard let indicator = catalog[code] else { continue }
                let decimal = indicator.valueType == .decimal
                let dated = mine.flatMap { e in e.values.filter { $0.indicator == code }.map { (date: e.countsOn, value: $0.value) } }
                let pace = (indicator.aggregation.apply(dated) ?? 0) * stretch
                let annual = round(pace * ambition[t.index] * rng.double(0.88...1.12), decimal: decimal)
                guard annual > 0 else { continue }
                let first = round(annual * 0.45, decimal: decimal)
                out.append(Target(unitID: t.unitID, indicatorCode: code, period: year, value: annual))
                out.append(Target(unitID: t.unitID, indicatorCode: code, period: .half(today.year, 1), value: first))
                out.append(Target(unitID: t.unitID, indicatorCode: code, period: .half(today.year, 2),
                                  value: round(annual - first, decimal: decimal)))
            }
        }
        return out
    }

    /// Round figures as targets are written: two significant digits (≥ 100), whole
    /// numbers otherwise; 万元 to one decimal.
    static func round(_ x: Double, decimal: Bool) -> Double {
        guard x > 0 else { return 0 }
        if decimal { return (x * 10).rounded() / 10 }
        guard x >= 100 else { return max(1, x.rounded()) }
        var step = 1.0
        while x / step >= 100 { step *= 10 }
        return (x / step).rounded() * step
    }
}
