/// `nextSentence` across lines: a whole stated in an earlier paragraph (a lead, a section above)
/// and broken down in a sentence of this one, the parts named as kinds of it (twenty-second
/// pass, xsum):
///
///     一、总人口 ⏎ 全县总人口(常住人口)为97985人。⏎ 二、户别人口 ⏎ …家庭户人口为93955人,集体户人口为4030人。
///     三、人口性别构成 ⏎ 全县人口中,男性人口为51178人,占总人口的52.23%;女性人口为46807人,…
///
/// The whole is one of the analyzer's remembered figures (`memory`, the last lines' plain
/// figures) whose subject holds the parts' head noun (two letters or more: 人口 of 家庭户人口 /
/// 集体户人口) or the frame before 中 (全县人口中). Agreement only: across paragraphs a figure of
/// the same noun may count another period or place, so a mismatch proves nothing.
extension TotalParts {
    /// `parts`: `sentenceParts` of each sentence of `sentences`, when `Arithmetic.local` read them
    /// for `nextSentence` (nil: read here).
    static func earlierLines(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], parts each: [[QuantityHit]?]? = nil,
                             memory: [QuantityHit], previous: LineText?, known: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard !memory.isEmpty, hits.count >= 2 else { return [] }
        var checks = [ArithmeticCheck]()
        for (index, sentence) in sentences.enumerated() {
            // The wholes the loop below may take (larger than every part, of their kind, summable)
            // asked of the memory first: without one the labels are not read.
            guard let parts = each.map({ $0[index] }) ?? sentenceParts(line, hits, sentence), let largest = parts.map(\.normalized).max(),
                  memory.contains(where: { $0.normalized > largest && ItemTotals.sameKind($0, parts[0]) && AgreedSums.summable($0) })
            else { continue }
            let column = line.column(of: parts[0].start)
            if (known + checks).contains(where: { $0.kind == "sum" && $0.line == line.number && $0.column <= column && column < $0.column + $0.text.count }) {
                continue
            }
            var labels = partLabels(line, parts, from: sentence.lowerBound)
            let frame = framedWhole(&labels[0].scalars) ?? clauseFrame(line, sentence, parts[0])
            let head = frame ?? headNoun(labels.map(\.scalars))
            // A frame or a partition: a shared head alone (审结…案件, 再审案件) names no whole paragraphs away.
            guard head.count >= 2, frame != nil || partitions(line, parts, labels) else { continue }
            let noun = String(String.UnicodeScalarView(head.suffix(2).compactMap(Unicode.Scalar.init)))
            for whole in memory.reversed() where whole.normalized > largest && ItemTotals.sameKind(whole, parts[0])
                && AgreedSums.summable(whole) && whole.subject.contains(noun) {
                let used = parts
                guard Sentences.partsSum(used, of: whole).agrees else { continue }
                if readAcrossOneLine(line, previous, whole) { break }
                let reading = Sentences.partsSum(used, of: whole)
                let statement = "total \(Sentences.format(whole.value))\(whole.unit) (stated earlier) = "
                    + Sentences.partsTerms(used, of: whole, sum: reading.sum) + " (tolerance ±\(Sentences.format(reading.tolerance)))"
                checks.append(Arithmetic.make(line, "sum", used[0].start, used.last!.end, statement, true))
                break
            }
        }
        return checks
    }

    /// The whole on the line right before, announced by a total word or a colon, or this line
    /// opening with 其中 / 分…看: `ItemTotals` and `WrappedLines` read that pair (a second
    /// reading would report it twice). Scanned only once an agreement is found.
    static func readAcrossOneLine(_ line: LineText, _ previous: LineText?, _ whole: QuantityHit) -> Bool {
        guard let previous, previous.number == line.number - 1,
              let same = QuantityScanner.scan(previous).first(where: { $0.start == whole.start && $0.normalized == whole.normalized })
        else { return false }
        var end = previous.count
        while end > 0, previous.cls(end - 1).contains(.space) { end -= 1 }
        return WrappedLines.opensBreakdown(line) || ItemTotals.announced(previous, same) || end > 0 && previous[end - 1] == U.colon
    }
}
