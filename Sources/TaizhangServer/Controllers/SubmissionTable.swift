import Foundation

/// First-submission instants of one plan: a row per unit, a column per period, epoch
/// milliseconds in one flat array (`Int64.min` where none). A county's year is 120,000
/// cells; a dictionary per unit cost more to build than the matrix did to compute.
struct SubmissionTable: Sendable {
    let periods: Int
    private(set) var slots: [Int: Int] = [:]
    private(set) var millis: [Int64] = []

    init(periods: Int) { self.periods = periods }

    /// One period's column from two comma-separated lists in the same order: the units
    /// and their first submissions (epoch ms), parsed in one pass over the bytes of each.
    mutating func add(period: Int, units: String, millis: String) {
        var u = units.utf8.makeIterator(), m = millis.utf8.makeIterator()
        while let unit = Self.next(&u), let ms = Self.next(&m) { set(unit: Int(unit), period: period, millis: ms) }
    }

    /// The next number of a comma-separated list, or nil at its end.
    private static func next(_ it: inout String.UTF8View.Iterator) -> Int64? {
        var value: Int64 = 0, negative = false, any = false
        while let b = it.next() {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value &* 10 &+ Int64(b &- UInt8(ascii: "0")); any = true
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: ","): return any ? (negative ? -value : value) : nil
            default: break
            }
        }
        return any ? (negative ? -value : value) : nil
    }

    mutating func set(unit: Int, period: Int, millis ms: Int64) {
        guard (0..<periods).contains(period) else { return }
        let slot: Int
        if let s = slots[unit] {
            slot = s
        } else {
            slot = slots.count
            slots[unit] = slot
            millis += repeatElement(Int64.min, count: periods)
        }
        millis[slot * periods + period] = ms
    }

    func date(_ unit: Int, _ period: Int) -> Date? {
        guard let slot = slots[unit] else { return nil }
        let ms = millis[slot * periods + period]
        return ms == Int64.min ? nil : Date(timeIntervalSince1970: Double(ms) / 1000)
    }

    func dictionary(codes: [String]) -> [Int: [String: Date]] {
        var out: [Int: [String: Date]] = [:]
        for unit in slots.keys {
            for (i, code) in codes.enumerated() { if let d = date(unit, i) { out[unit, default: [:]][code] = d } }
        }
        return out
    }
}
