/// A kind of ledger entry the demo generator writes: title, narrative and place with
/// placeholders, the indicator values it records, and when in the year it happens.
///
/// Placeholders: {unit} 城关街道, {short} 城关, {site} a community/village (or the square),
/// {square}, {station}, {district} 临江区, {year}, {month}, and {code} for any indicator
/// value recorded (e.g. {audience} → 1200余).
struct DemoTemplate: Sendable {
    enum Setting: Sendable { case any, urban, rural, demoZone, demoProject }

    enum When: Sendable {
        /// Ordinary weekly work; `months` empty means any month.
        case routine(weight: Int, months: [Int] = [])
        /// Days relative to a festival.
        case festival(DemoFestival, offsets: ClosedRange<Int>)
        /// Once a year on a day of `month`.
        case yearly(month: Int, days: ClosedRange<Int>)
        /// Once a month on one of `days`.
        case monthly(days: ClosedRange<Int>)
    }

    var category: EntryCategory
    var title: String
    var narrative: String
    var place: String?
    var values: [DemoValue]
    var when: When
    var setting: Setting = .any
    /// Length of a date range after the start day (0: a single day).
    var spanDays: Int = 0
    /// Share of entries that arrive through the API (e.g. the rural film platform).
    var apiShare: Double = 0

    func fits(_ township: DemoTownship) -> Bool {
        switch setting {
        case .any: true
        case .urban: !township.isRural
        case .rural: township.isRural
        case .demoZone: township.flags.contains(.demoZone)
        case .demoProject: township.flags.contains(.demoProject)
        }
    }
}

/// How one indicator value of a template is drawn.
enum DemoValue: Sendable {
    /// A count in the range (ranges with an upper bound ≥ 20 grow with the unit's scale).
    case count(String, ClosedRange<Int>)
    /// `of` × a number in the range (e.g. audience per performance), scaled.
    case per(String, of: String, ClosedRange<Int>)
    /// The same figure as another indicator (送戏下乡 are also 演出).
    case same(String, as: String)
    /// Between 0 and another indicator (结案 ≤ 立案).
    case atMost(String, of: String)
    /// 万元 with two decimals, scaled.
    case money(String, ClosedRange<Double>)
    /// A decimal percentage, one decimal place.
    case percent(String, ClosedRange<Double>)
}

extension DemoTemplate {
    /// Replaces `{key}` placeholders.
    static func fill(_ text: String, _ vars: [String: String]) -> String {
        guard text.contains("{") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let key = String(rest[rest.index(after: open)..<close])
            out += vars[key] ?? "{\(key)}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
