/// A 其中 list breaks down the figure it follows, not any earlier figure of the parts' measure
/// (twenty-first pass, zafix). `check` takes as total the last figure of the parts' measure
/// before the marker, which is right when nothing else was counted in between; two shapes
/// put another whole between them:
///
///     …引进5个新品种。…全县现有龙头企业22家,其中省级2家; 农民合作社769个
///
/// the marker's own sentence states a figure before it (22家): the list is that figure's, and
/// a total from a sentence back (5个) is not broken down by it. A 其中 that opens its sentence
/// (共投入500万元。其中…) still breaks down the sentence before.
///
///     其中:单亲家庭14户24人、困难家庭18户48人,c类家庭111户,占51%其中:因病家庭43户,…122人
///
/// the total (48人) is itself a part of an earlier list in its sentence, and after a clause
/// break a figure of another measure (111户) opens a sibling with its own list: the parts of
/// that sibling are not parts of the figure before it.
extension TotalParts {
    static func breaksDownAnother(_ line: LineText, _ hits: [QuantityHit], _ index: Int, marker: Int,
                                  _ sentences: [Range<Int>]) -> Bool {
        let total = hits[index]
        let isWhole = { (hit: QuantityHit) in !hit.isPercent && hit.change == nil && hit.normalized > 0 }
        let own = sentences[Sentences.sentence(of: marker, in: sentences)]
        if total.start < own.lowerBound,
           hits[(index + 1)...].contains(where: { $0.start >= own.lowerBound && $0.end <= marker && isWhole($0) }) { return true }
        let home = sentences[Sentences.sentence(of: total.start, in: sentences)]
        guard (home.lowerBound..<total.start).contains(where: { markers.prefix(in: line.norm, at: $0) > 0 }) else { return false }
        return hits[(index + 1)...].contains { sibling in
            sibling.end <= marker && isWhole(sibling) && !isPart(sibling, of: total)
                && (total.end..<sibling.start).contains { line[$0] == U.comma || line[$0] == U.semicolon }
        }
    }
}
