import Testing
@testable import TaizhangWeb

struct ChartTests {
    @Test func progressBarsAreAccessibleAndEscaped() {
        let svg = Charts.progressBars([.init(label: "演出<b>", percent: 120, valueText: "12 / 10 场")], id: "c", title: "完成").html
        #expect(svg.contains("role=\"img\"") && svg.contains("<title id=\"c-title\">完成</title>"))
        #expect(svg.contains("演出&lt;b&gt;"))
        // Over 100% the bar stops at the track's end; the text still tells the truth.
        #expect(svg.contains("width=\"400\" height=\"12\" fill=\"#2e7d4f\""))
        #expect(svg.contains("120%"))
    }

    @Test func rankingBarsScaleToTheLargest() {
        let svg = Charts.rankingBars([.init(label: "A", value: 20, valueText: "20"), .init(label: "B", value: 5, valueText: "5")],
                                     id: "r", title: "排名").html
        #expect(svg.contains("width=\"400\" height=\"12\" fill=\"#1f5fa8\""))
        #expect(svg.contains("width=\"100\" height=\"12\" fill=\"#1f5fa8\""))
        #expect(svg.contains(">1. A<") && svg.contains(">2. B<"))
    }

    @Test func trendLineIsDeterministicAndSkipsGaps() {
        let make = { Charts.trendLine([.init(name: "2024", values: [1, nil, 3])], xLabels: ["1月", "2月", "3月"], id: "t", title: "趋势").html }
        #expect(make() == make())
        #expect(make().components(separatedBy: "<circle").count - 1 == 2)
    }

    @Test func niceSteps() {
        #expect(Charts.niceStep(3.2) == 5)
        #expect(Charts.niceStep(0.7) == 1)
        #expect(Charts.niceStep(14) == 20)
        #expect(Charts.niceStep(0) == 1)
    }
}
