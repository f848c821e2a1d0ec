import Foundation

/// Builds the deterministic demo dataset (pure: no I/O besides the bundled JSON, no
/// system randomness). The same `today` always yields the same data.
///
///     let demo = try DemoDataset.make(today: CivilDate(Date()))
public enum DemoDataset {
    /// The password of every demo user.
    public static let password = "taizhang2024"
    /// Seed of the generator; change it to get a different but equally valid office.
    public static let seed: UInt64 = 0x7A1_2024

    /// How far back the ledger and the submissions go: the first day of the month
    /// two years before `today`.
    public static func startDate(today: CivilDate) -> CivilDate { CivilDate(today.year - 2, today.month, 1) }

    /// The demo's zone and project began their creation on 1 January last year, so the demo
    /// shows a cycle under way and the months before it, when no zone report was expected.
    public static func creationStart(today: CivilDate) -> CivilDate { CivilDate(today.year - 1, 1, 1) }

    /// How far ahead planned entries (`planned: true`) go.
    static let planningDays = 90

    public static func make(today: CivilDate) throws -> DemoData {
        let catalog = try Catalog.publicCulture()
        let plans = try ReportingPlan.defaults()
        let rules = try ValidationRule.defaults()
        let start = startDate(today: today)
        let layout = DemoLayout.build().creating(from: creationStart(today: today))
        let entries = DemoEntryWriter(start: start, today: today).entries(layout: layout)
        let users = DemoLayout.users(layout)
        let targets = DemoTargets.make(layout: layout, entries: entries, catalog: catalog, today: today)
        let submissions = DemoSubmissionWriter(layout: layout, plans: plans, entries: entries, catalog: catalog,
                                               start: start, today: today).submissions()
        return DemoData(today: today, startDate: start, units: layout.units, users: users, plans: plans,
                        validationRules: rules, entries: entries, targets: targets, submissions: submissions,
                        notes: DemoLayout.notes(layout, today: today))
    }
}

/// The units of the demo district, with the township structure the generators need.
struct DemoLayout: Sendable {
    struct Township: Sendable {
        var index: Int
        var info: DemoTownship
        var unitID: Int
        var stationID: Int
        var childIDs: [Int]
        /// Units that report: the township itself.
        var unit: Unit
    }

    var units: [Unit]
    var rootID: Int
    var townships: [Township]

    /// Root 1, the townships 2…7, then each township's culture station and its
    /// communities/villages (parents always before children).
    static func build() -> DemoLayout {
        var units = [Unit(id: 1, parentID: nil, kind: .bureau, name: DemoNames.bureauName, code: DemoNames.bureauCode)]
        let infos = DemoNames.townships
        for (i, t) in infos.enumerated() {
            units.append(Unit(id: 2 + i, parentID: 1, kind: t.kind, name: t.name, flags: t.flags))
        }
        var townships: [Township] = []
        var next = units.count + 1
        for (i, t) in infos.enumerated() {
            let id = 2 + i
            units.append(Unit(id: next, parentID: id, kind: .cultureStation, name: t.stationName))
            let stationID = next
            next += 1
            var childIDs: [Int] = []
            for name in t.children {
                units.append(Unit(id: next, parentID: id, kind: t.isRural ? .village : .community, name: name))
                childIDs.append(next)
                next += 1
            }
            townships.append(Township(index: i, info: t, unitID: id, stationID: stationID, childIDs: childIDs,
                                      unit: units[id - 1]))
        }
        return DemoLayout(units: units, rootID: 1, townships: townships)
    }

    func name(of id: Int) -> String { units[id - 1].name }

    /// The layout with every zone and project township's creation starting on `day`.
    func creating(from day: CivilDate) -> DemoLayout {
        var out = self
        for (i, t) in townships.enumerated() where !t.unit.flags.isEmpty {
            out.units[t.unitID - 1].creationStartsOn = day
            out.townships[i].unit.creationStartsOn = day
        }
        return out
    }
}
