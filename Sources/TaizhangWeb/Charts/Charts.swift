/// Server-side SVG charts: no chart library, no script, readable in print (every
/// bar carries its number as text, colours come with patterns of text or marks).
/// Coordinates are written with `Fmt.number`, so output is byte-identical everywhere.
public enum Charts {
    /// One bar of a progress chart: "文艺演出 71/90场 79%".
    public struct ProgressBar: Sendable, Hashable {
        public var label: String
        /// Whole percent; nil when there is no target to compare with.
        public var percent: Int?
        /// What is written at the bar's end, e.g. "71 / 90 场".
        public var valueText: String
        /// Behind schedule: drawn in the warning colour.
        public var behind: Bool

        public init(label: String, percent: Int?, valueText: String, behind: Bool = false) {
            self.label = label; self.percent = percent; self.valueText = valueText; self.behind = behind
        }
    }

    /// One bar of a ranking: a unit and its value.
    public struct RankingBar: Sendable, Hashable {
        public var label: String
        public var value: Double
        public var valueText: String
        /// The viewer's own unit, drawn in the accent colour.
        public var highlighted: Bool

        public init(label: String, value: Double, valueText: String, highlighted: Bool = false) {
            self.label = label; self.value = value; self.valueText = valueText; self.highlighted = highlighted
        }
    }

    /// One line of a trend chart; `values[i]` belongs to the chart's `xLabels[i]` (nil: no data).
    public struct TrendSeries: Sendable, Hashable {
        public var name: String
        public var values: [Double?]
        public init(name: String, values: [Double?]) { self.name = name; self.values = values }
    }

    static let palette = ["#1f5fa8", "#b5651d", "#2e7d4f", "#7b3f98", "#8a8a8a"]
    static let barColor = "#1f5fa8", behindColor = "#c77700", doneColor = "#2e7d4f", trackColor = "#e4e8ee"

    static func n(_ v: Double) -> String { Fmt.number(v, digits: 1) }

    /// The `<svg>` frame every chart shares: scalable, an image to assistive technology, titled.
    static func frame(id: String, title: String, width: Double, height: Double, cls: String,
                      @NodeBuilder _ content: () -> [Node]) -> Node {
        el("svg", [Attribute("xmlns", "http://www.w3.org/2000/svg"), Attribute("viewBox", "0 0 \(n(width)) \(n(height))"),
                   .class("tz-chart " + cls), .role("img"), .aria("labelledby", id + "-title"),
                   Attribute("preserveAspectRatio", "xMinYMin meet")]) {
            el("title", [.id(id + "-title")]) { title }
            content()
        }
    }

    static func svgText(_ x: Double, _ y: Double, anchor: String = "start", cls: String = "tz-chart-text",
                        _ content: String) -> Node {
        el("text", [Attribute("x", n(x)), Attribute("y", n(y)), Attribute("text-anchor", anchor), .class(cls),
                    Attribute("font-size", "13")]) { content }
    }

    static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, cls: String) -> Node {
        .void("rect", [Attribute("x", n(x)), Attribute("y", n(y)), Attribute("width", n(max(0, w))),
                       Attribute("height", n(h)), Attribute("fill", fill), .class(cls)])
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, dashed: Bool = false) -> Node {
        .void("line", [Attribute("x1", n(x1)), Attribute("y1", n(y1)), Attribute("x2", n(x2)), Attribute("y2", n(y2)),
                       Attribute("stroke", stroke), dashed ? Attribute("stroke-dasharray", "4 3") : nil].compactMap { $0 })
    }
}
