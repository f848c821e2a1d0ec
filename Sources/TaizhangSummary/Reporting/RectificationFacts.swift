import TaizhangDomain
import TaizhangProcess

/// Which rectification items (整改事项, SPEC §4.4) were open on the day a draft is written:
/// found by then (its inspection held or its self-inspection report filed) and not closed
/// off (销号) by then. Judged on the day, not on the database's present, so a draft of a
/// past half-year reads the same whenever it is made.
public enum RectificationFacts {
    public static func open(_ items: [RectificationItem], inspections: [Inspection], reports: [HalfYearReport],
                            asOf day: CivilDate, unitName: (Int) -> String = { _ in "" }) -> [OpenRectification] {
        items.filter { item in
            let found: CivilDate? = switch item.source.kind {
            case .inspection: inspections.first { $0.id == item.source.id }?.heldOn
            case .selfInspection: reports.first { $0.id == item.source.id }?.filedOn
            }
            guard let found, found <= day else { return false }
            return item.closedOn.map { $0 > day } ?? true
        }
        .sorted { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) }
        .map { OpenRectification(id: $0.id, title: unitName($0.unitID) + $0.finding, dueDate: $0.dueDate) }
    }
}
