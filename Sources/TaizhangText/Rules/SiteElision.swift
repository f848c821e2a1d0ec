/// A site's own cut of a preview: `……(省略350字,正式会员可完整阅读)……`, `(此处省略约800字)`.
/// What it hides may hold any outline markers, so a heading after it that skips numbers is no
/// skip of the writer's (series zc, session 17: 一、 … 省略350字 … 2. 3. … 四、 on a paid site).
enum SiteElision {
    /// True when `range` of the line holds 省略, then 约/近 at most, digits, 余/多 at most, then 字.
    /// Asked only when a gap is about to be reported, so the scan costs nothing on other lines.
    static func holds(_ line: LineText, in range: Range<Int>) -> Bool {
        let end = min(range.upperBound, line.count)
        var i = max(range.lowerBound, 0)
        while i + 3 < end {
            defer { i += 1 }
            guard line[i] == U.s("省"), line[i + 1] == U.s("略") else { continue }
            var j = i + 2
            if j < end, line[j] == U.s("约") || line[j] == U.s("近") { j += 1 }
            let digits = j
            while j < end, line.cls(j).contains(.digit) { j += 1 }
            guard j > digits else { continue }
            if j < end, line[j] == U.s("余") || line[j] == U.s("多") { j += 1 }
            if j < end, line[j] == U.s("字") { return true }
        }
        return false
    }
}
