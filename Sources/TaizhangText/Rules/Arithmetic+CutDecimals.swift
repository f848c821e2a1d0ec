/// 下拨资金579.⏎413万元(其中初中238.56万元、小学340.853万元): a PDF extraction cut a decimal at
/// the line break, so the line's first figure is the fraction of a figure begun on the line
/// before, not a total of its own. Parts read against it are never flagged (agreement is
/// still reported). Session 16 (the unseen zb series' second false flag, as a general shape).
extension Arithmetic {
    static func droppingCutDecimalFlags(_ checks: [ArithmeticCheck], _ line: LineText, _ hits: [QuantityHit],
                                        previous: LineText?) -> [ArithmeticCheck] {
        guard checks.contains(where: { !$0.consistent }), let previous, let first = hits.first,
              first.start == line.contentStart, endsInDecimalPoint(previous) else { return checks }
        let column = line.column(of: first.start)
        return checks.filter { $0.consistent || $0.column != column }
    }

    /// The line ends with a digit and a decimal point (spaces after them aside).
    static func endsInDecimalPoint(_ line: LineText) -> Bool {
        let last = WrappedQuantities.end(of: line)
        return last > 1 && line[last - 1] == U.dot && NumberParser.digitValue(line[last - 2]) != nil
    }
}
