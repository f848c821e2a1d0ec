import TaizhangDomain

/// SPEC §4.4 "rectification rate per unit": closed items over all items (整改率), with
/// the on-time and overdue counts behind it.
public struct RectificationRate: Codable, Hashable, Sendable {
    public var unitID: Int
    public var total: Int
    public var closed: Int
    public var closedOnTime: Int
    public var overdue: Int

    /// Nil for a unit without items (nothing to rectify is not 0%).
    public var rate: Double? { total == 0 ? nil : Double(closed) / Double(total) }

    /// One row per unit that has items, ordered by unit id.
    public static func perUnit(_ items: [RectificationItem], asOf: CivilDate) -> [RectificationRate] {
        Dictionary(grouping: items, by: \.unitID).map { unit, items in
            let s = items.map { $0.status(asOf: asOf) }
            return RectificationRate(unitID: unit, total: s.count, closed: s.filter { $0 == .closed || $0 == .closedLate }.count,
                                     closedOnTime: s.filter { $0 == .closed }.count, overdue: s.filter { $0 == .overdue }.count)
        }.sorted { $0.unitID < $1.unitID }
    }
}
