/// Figures that stand beside a statement without being its subject (nineteenth pass, corpus-x):
/// - the whole of a share: 完成年初预算数60999万元的40.4%,比上年减收1070万元 — the target
///   followed by 的 and its rate is what the done amount is measured against, not the amount
///   the increment after it changed;
/// - an aside in brackets: 共接刑事类警情62起(日均8.9起),较上周的81起减少19起 — the daily
///   average in brackets qualifies the count before it.
/// Both are read from the letters around the figure, so any measure and any wording qualify.
extension Ratios {
    /// `hit` followed by 的 and a rate (digits, at most one point, then %).
    static func isShareWhole(_ line: LineText, _ hit: QuantityHit) -> Bool {
        guard line[hit.end] == de else { return false }
        var at = hit.end + 1, digits = 0
        while at < line.count, at - hit.end <= 9, isDigitOrPoint(line[at]) { digits += 1; at += 1 }
        return digits > 0 && (line[at] == U.percent || line[at] == 0xFF05)
    }

    /// `hit` inside brackets that open at most eight letters before it, with no other
    /// bracket or clause mark between, and close right after it.
    static func isBracketedAside(_ line: LineText, _ hit: QuantityHit) -> Bool {
        line[hit.end] == U.rparen && Brackets.opening(line, before: hit.start, within: 8, stops: clauseMarks) != nil
    }

    /// 完成投资5亿元(其中中央资金2亿元),比上年增加1亿元,增长25%: a figure in brackets closed before
    /// the increment (`end`) is an aside about the amount before it, never the amount that grew
    /// (the bracket may open further back than `isBracketedAside`'s and run over commas).
    static func isAside(_ line: LineText, _ figure: QuantityHit, before end: Int) -> Bool {
        guard Brackets.opening(line, before: figure.start, within: 30, stops: sentenceMarks) != nil else { return false }
        return (figure.end..<end).contains { line[$0] == U.rparen }
    }

    private static let de = U.s("的")
    private static let clauseMarks: ScalarSet = [U.comma, U.semicolon, 0x3002, 0x3001]
    private static let sentenceMarks: ScalarSet = [U.ideoStop]
    private static func isDigitOrPoint(_ c: UInt32) -> Bool { (0x30...0x39).contains(c) || c == U.dot }
}
