extension Charts {
    /// Monthly trend lines with a zero-based y axis (so a small rise does not look like a
    /// doubling), gridlines at round values and a legend; each point has a hover title.
    static func trendLine(_ series: [TrendSeries], xLabels: [String], id: String, title: String) -> Node {
        let width = 480.0, height = 240.0, left = 44.0, right = 12.0, top = 12.0, bottom = 48.0
        let plotW = width - left - right, plotH = height - top - bottom
        let maxValue = series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let step = niceStep(maxValue / 4)
        let yMax = max(step * 4, step * (maxValue / step).rounded(.up))
        let count = max(1, xLabels.count - 1)
        func x(_ i: Int) -> Double { left + plotW * Double(i) / Double(count) }
        func y(_ v: Double) -> Double { top + plotH * (1 - (yMax > 0 ? v / yMax : 0)) }

        return frame(id: id, title: title, width: width, height: height, cls: "tz-trend") {
            for k in 0...Int((yMax / step).rounded()) {
                let v = Double(k) * step
                line(left, y(v), width - right, y(v), stroke: "#d5dae1")
                svgText(left - 6, y(v) + 4, anchor: "end", cls: "tz-chart-axis", Fmt.number(v))
            }
            for (i, labelText) in xLabels.enumerated() {
                svgText(x(i), height - bottom + 18, anchor: "middle", cls: "tz-chart-axis", labelText)
            }
            for (s, one) in series.enumerated() {
                let color = palette[s % palette.count]
                let points = one.values.enumerated().compactMap { i, v in v.map { (x(i), y($0), $0, i) } }
                // A month without data breaks the line instead of drawing a slope nobody measured.
                for run in runs(points.map(\.3)) {
                    Node.void("polyline", [Attribute("points", points.filter { run.contains($0.3) }.map { n($0.0) + "," + n($0.1) }
                                                                  .joined(separator: " ")),
                                           Attribute("fill", "none"), Attribute("stroke", color), Attribute("stroke-width", "2")])
                }
                for pt in points {
                    el("circle", [Attribute("cx", n(pt.0)), Attribute("cy", n(pt.1)), Attribute("r", "3"),
                                  Attribute("fill", color)]) {
                        el("title", []) { one.name + " " + (xLabels.indices.contains(pt.3) ? xLabels[pt.3] : "") + ": " + Fmt.number(pt.2) }
                    }
                }
                // Legend along the bottom, one entry per series.
                rect(left + Double(s) * 120, height - 16, 12, 12, fill: color, cls: "tz-legend-swatch")
                svgText(left + Double(s) * 120 + 16, height - 6, one.name)
            }
        }
    }

    /// Consecutive index ranges: [0, 1, 2, 4, 5] → 0...2, 4...5.
    static func runs(_ indices: [Int]) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        for i in indices {
            if let last = out.last, last.upperBound == i - 1 { out[out.count - 1] = last.lowerBound...i } else { out.append(i...i) }
        }
        return out
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`: gridlines at values people read easily.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for m in [1.0, 2.0, 5.0, 10.0] where magnitude * m >= raw { return magnitude * m }
        return magnitude * 10
    }
}
