/// Words inside a part's label that the breakdown reader took for structure (nineteenth pass,
/// sumread): 街道政府信息公开60条,其中社会保险12条,房屋征收及住房保障12条,公共法律服务12条,… was
/// cut at 公共 (共 read as a new total) and flagged as 60 ≠ 12 + 12 (及 read as the joiner that
/// closes the list).
extension TotalParts {
    /// A new total in a clause after the parts: any total word of two letters (共有, 合计 …), but
    /// the one-letter 共 only where it opens the clause (…,共24条). Inside a clause it is a letter
    /// of a word (公共, 共享) or a part's own total (其中行政编制共27名).
    static func opensNewTotal(_ line: LineText, _ clause: Range<Int>) -> Bool {
        var index = max(clause.lowerBound, 0)
        let end = min(clause.upperBound, line.count)
        while index < end {
            index = Arithmetic.totalWords.nextCandidate(in: line.norm, from: index, to: end)
            guard index < end else { return false }
            let length = Arithmetic.totalWords.prefix(in: line.norm, at: index)
            if length >= 2 || length == 1 && !(clause.lowerBound..<index).contains(where: { line.cls($0).contains(.ideograph) }) { return true }
            index += 1
        }
        return false
    }

    /// A joiner (和, 及, 以及, 与) between the last two parts closes the list — unless it stands
    /// inside the last part's label: within the run of letters that ends at its figure, not
    /// opening that run (房屋征收及住房保障12条 names one part; 男30人和女20人, …1条,以及…2条 and
    /// 3个节目优秀奖、1个优秀个人奖以及1银6铜 close the list).
    /// A breakdown opener between the two (其中重点信息12.84万条,占41.2%,涉及…重点领域信息8.22万条,
    /// zj01) makes the last a part of the one before, and the 及 of 涉及 is no joiner.
    static func joinsLastPart(_ line: LineText, after previous: QuantityHit, before last: QuantityHit) -> Bool {
        if Sentences.contains(line, Arithmetic.breakdownOpeners, in: previous.end..<last.start) { return false }
        var index = previous.end
        while index < last.start {
            let length = Arithmetic.joiners.prefix(in: line.norm, at: index)
            guard length > 0 else { index += 1; continue }
            let opensRun = index == previous.end || !line.cls(index - 1).contains(.ideograph)
            let reachesFigure = (index..<last.start).allSatisfy { line.cls($0).contains(.ideograph) }
            if opensRun || !reachesFigure { return true }
            index += length
        }
        return false
    }
}
