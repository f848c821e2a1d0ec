/// A page's footer naming a unit's account on a social platform (某某医院公众号,
/// 某某街道官方微博): a unit's name — it ends in a unit noun (院, 局, 街道 …) — then an
/// account word, alone on a short line. A sentence about an account has a verb and
/// punctuation (通过医院公众号发布科普文章12篇。), and a heading has its marker.
extension WebChrome {
    static let accountWords = Lexicon(["公众号", "微信公众号", "官方微信", "官方微博", "视频号", "抖音号", "服务号", "订阅号"])

    static func accountLine(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 30 else { return false }
        let word = accountWords.suffix(in: line.norm, endingAt: end)
        let name = end - word
        guard word > 0, name - start >= 3, HeadingParser.parse(line) == nil,
              (start..<name).allSatisfy({ line.cls($0).contains(.ideograph) }) else { return false }
        return HeadChrome.unitEndings.contains(line[name - 1])
    }
}
