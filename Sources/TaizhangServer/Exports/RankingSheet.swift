import TaizhangDocument
import TaizhangWeb

/// The rankings page's table as a sheet: rank (equal values share a rank), unit, the
/// figure (a share for rates) and its text as the page shows it.
enum RankingSheet {
    static func table(_ rows: [RankingsPage.Row], metric: String, isRate: Bool, title: String) -> SheetTable {
        var out: [[SheetValue]] = []
        for (i, r) in rows.enumerated() {
            let rank = i > 0 && rows[i - 1].value == r.value ? out[i - 1][0] : .number(Double(i + 1))
            out.append([rank, .number(Double(r.unitID)), .text(r.unitName), isRate ? .percent(r.value) : .number(r.value), .text(r.valueText)])
        }
        return SheetTable(name: title, columns: [.init("名次"), .init("单位ID"), .init("单位", width: 24), .init(metric, width: 14), .init("说明", width: 20)],
                          rows: out)
    }
}
