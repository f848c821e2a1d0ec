/// Traditional festivals that drive the rhythm of cultural work (我们的节日).
/// Lunar-calendar dates come from a small table; outside it, a typical date is used.
enum DemoFestival: Sendable {
    case springFestival, lantern, dragonBoat, midAutumn, doubleNinth

    var name: String {
        switch self {
        case .springFestival: "春节"; case .lantern: "元宵"; case .dragonBoat: "端午"
        case .midAutumn: "中秋"; case .doubleNinth: "重阳"
        }
    }

    func date(in year: Int) -> CivilDate {
        switch self {
        case .springFestival: return Self.lookup(Self.springFestivalDates, year, fallback: CivilDate(year, 2, 1))
        case .lantern: return DemoFestival.springFestival.date(in: year).adding(days: 14)
        case .dragonBoat: return Self.lookup(Self.dragonBoatDates, year, fallback: CivilDate(year, 6, 10))
        case .midAutumn: return Self.lookup(Self.midAutumnDates, year, fallback: CivilDate(year, 9, 20))
        case .doubleNinth: return Self.lookup(Self.doubleNinthDates, year, fallback: CivilDate(year, 10, 15))
        }
    }

    private static func lookup(_ table: [Int: (Int, Int)], _ year: Int, fallback: CivilDate) -> CivilDate {
        guard let (m, d) = table[year] else { return fallback }
        return CivilDate(year, m, d)
    }

    private static let springFestivalDates: [Int: (Int, Int)] = [
        2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
        2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
    ]
    private static let dragonBoatDates: [Int: (Int, Int)] = [
        2020: (6, 25), 2021: (6, 14), 2022: (6, 3), 2023: (6, 22), 2024: (6, 10), 2025: (5, 31),
        2026: (6, 19), 2027: (6, 9), 2028: (5, 28), 2029: (6, 16), 2030: (6, 5),
    ]
    private static let midAutumnDates: [Int: (Int, Int)] = [
        2020: (10, 1), 2021: (9, 21), 2022: (9, 10), 2023: (9, 29), 2024: (9, 17), 2025: (10, 6),
        2026: (9, 25), 2027: (9, 15), 2028: (10, 3), 2029: (9, 22), 2030: (9, 12),
    ]
    private static let doubleNinthDates: [Int: (Int, Int)] = [
        2020: (10, 25), 2021: (10, 14), 2022: (10, 4), 2023: (10, 23), 2024: (10, 11), 2025: (10, 29),
        2026: (10, 18), 2027: (10, 8), 2028: (10, 26), 2029: (10, 16), 2030: (10, 5),
    ]

    /// Is `date` in the Spring Festival season (three weeks before to the Lantern Festival)?
    static func isSpringSeason(_ date: CivilDate) -> Bool {
        let sf = DemoFestival.springFestival.date(in: date.year)
        let offset = sf.days(until: date)
        return (-21...15).contains(offset)
    }
}
