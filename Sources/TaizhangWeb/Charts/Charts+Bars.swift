extension Charts {
    /// Progress against targets: label and value above each bar, the bar filled to the
    /// percent (capped at the track's end, the text still says 120%).
    static func progressBars(_ bars: [ProgressBar], id: String, title: String) -> Node {
        let rows = bars.map { b -> BarRow in
            let fraction = Double(b.percent ?? 0) / 100
            let color = (b.percent ?? 0) >= 100 ? doneColor : b.behind ? behindColor : barColor
            let pct = b.percent.map { "\($0)%" } ?? "—"
            return BarRow(label: b.label, fraction: fraction, right: b.valueText + "  " + pct, color: color,
                          cls: b.behind ? "tz-bar-behind" : "tz-bar")
        }
        return horizontalBars(rows, id: id, title: title, cls: "tz-progress")
    }

    /// Units ranked by value, longest bar first as given; the bar length is relative to the largest.
    static func rankingBars(_ bars: [RankingBar], id: String, title: String) -> Node {
        let top = bars.map(\.value).max() ?? 0
        let ranks = UI.sharedRanks(bars.map(\.value))
        let rows = bars.enumerated().map { i, b in
            BarRow(label: "\(ranks[i]). " + b.label, fraction: top > 0 ? b.value / top : 0, right: b.valueText,
                   color: b.highlighted ? behindColor : barColor, cls: b.highlighted ? "tz-bar-own" : "tz-bar")
        }
        return horizontalBars(rows, id: id, title: title, cls: "tz-ranking")
    }

    struct BarRow {
        let label: String
        let fraction: Double
        let right: String
        let color: String
        let cls: String
    }

    /// Label line above each bar rather than beside it: on a phone the chart keeps its
    /// full width for the bar and long Chinese unit names still fit.
    private static func horizontalBars(_ rows: [BarRow], id: String, title: String, cls: String) -> Node {
        let width = 400.0, rowHeight = 40.0, barHeight = 12.0
        let height = max(rowHeight, Double(rows.count) * rowHeight)
        return frame(id: id, title: title, width: width, height: height, cls: cls) {
            for (i, row) in rows.enumerated() {
                let top = Double(i) * rowHeight
                el("g", [.class("tz-bar-row")]) {
                    el("title", []) { row.label + " " + row.right }
                    svgText(0, top + 15, row.label)
                    svgText(width, top + 15, anchor: "end", cls: "tz-chart-value", row.right)
                    rect(0, top + 21, width, barHeight, fill: trackColor, cls: "tz-bar-track")
                    rect(0, top + 21, width * min(1, max(0, row.fraction)), barHeight, fill: row.color, cls: row.cls)
                }
            }
        }
    }
}
