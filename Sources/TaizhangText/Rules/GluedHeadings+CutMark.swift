/// Two forms a site's cut leaves around a glued marker (corpus zc41: `…调解成功率达96% ……(快文网…
/// 省略350字,正式会员可完整阅读)…… 2.××*村村民对…征地赔偿标准有异议`):
/// - the cut's ellipsis set apart by a space stands where the sentence end before the marker was
///   (`…… 2.`): the paragraph the cut removed ended there, and the next item begins. An ellipsis
///   glued to the next letter (`今年以来……2.5倍`) is a sentence's own, left alone;
/// - the item's title opens on a masked name (`2.××*村`, `4.××镇`, `5.XX村`): two to four mask
///   letters (× * X x) and then a place or unit noun — an ideograph that is no numeral and no
///   measure (`2.××万元`, `2.XX元` are masked figures, not items).
/// Read as markers, such items keep their list whole: 2. stood unread and the 3. after it was
/// reported as a list opening at 3, while the real skip (the cut 1.) was missed.
extension GluedHeadings {
    static let ellipsis = UInt32(0x2026)
    static let maskLetters: ScalarSet = [0xD7, 0x2A, 0x58, 0x78]
    static let maskRun = 2...4

    /// The position after a trigger at `index` where a glued marker may start, or nil: after an
    /// ellipsis only when spaces follow it.
    @inline(__always) static func markerStart(_ line: LineText, after index: Int) -> Int? {
        var start = index + 1
        while line.cls(start).contains(.space) { start += 1 }
        return line[index] == ellipsis && start == index + 1 ? nil : start
    }

    /// A masked name at `index`: `××*村`, `XX镇` — mask letters, then a noun that is no numeral or measure.
    static func opensMaskedName(_ line: LineText, _ index: Int) -> Bool {
        var end = index
        while end < line.count, maskLetters.contains(line[end]), end - index < maskRun.upperBound + 1 { end += 1 }
        guard maskRun.contains(end - index) else { return false }
        let next = line.cls(end)
        return next.contains(.ideograph) && !next.contains(.cjkNumeral) && !BoilerplateRule.measureLetters.contains(line[end])
    }
}
