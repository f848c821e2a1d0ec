/// The one reader of brackets around a figure, for the rules that ask what a bracketed figure
/// is: a restatement in another unit (13659.6万吨(2731.9亿斤), `Restatements`, `Ratios.isRestatement`)
/// or an aside about the figure before it (62起(日均8.9起), `Ratios.isBracketedAside`,
/// `Ratios.isAside`). The rules read `norm`, where full-width brackets are folded to ( and ).
enum Brackets {
    /// `hit` opens a bracket right after `previous` ends, nothing between: 万吨(2731.9亿斤.
    @inline(__always)
    static func opensRightAfter(_ line: LineText, _ hit: QuantityHit, _ previous: QuantityHit) -> Bool {
        hit.start >= 1 && previous.end == hit.start - 1 && line[hit.start - 1] == U.lparen
    }

    /// The opening bracket that `position` stands in: looked for at most `within` letters back,
    /// given up at a closing bracket (the bracket before closed) or at a letter of `stops` (a
    /// clause or sentence mark: an aside does not run over one).
    static func opening(_ line: LineText, before position: Int, within: Int, stops: ScalarSet) -> Int? {
        var index = position - 1
        while index >= 0, position - index <= within {
            let c = line[index]
            if c == U.lparen { return index }
            if c == U.rparen || stops.contains(c) { return nil }
            index -= 1
        }
        return nil
    }
}
