/// 年末全县户籍人口为112635人。其中,城镇人口54715人,乡村人口57920人;男性人口57753人,女性人口54882人:
/// after a 其中 breakdown that makes its whole, a clause group after the semicolon that holds
/// two parts of the whole's measure, labelled as a partition (男/女, X/非X, 内/外, a rest word:
/// `exhaustive`) of the same head noun as the first breakdown's labels (…人口 / …人口), breaks
/// the same whole down a second way — and must make it too. A head noun of its own (男党员,
/// 女党员 under 职工) is another whole and is left alone. Twenty-first pass (sumshapes): dev's
/// z03, where this pair was only ever "read" through a false flag's span.
extension TotalParts {
    /// `check`: the consistent sum of the total at `index`, whose text ends at its last part.
    static func secondPartition(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ check: ArithmeticCheck,
                                _ sentences: [Range<Int>]) -> ArithmeticCheck? {
        let total = hits[index]
        // (The check's text is the raw excerpt: PDF spaces and pinyin make it longer than the
        // analysis form it came from, so its end is clamped to the line.)
        let end = min(line.count, total.start + check.text.unicodeScalars.count)
        let first = hits[(index + 1)...].filter { $0.end <= end && isPart($0, of: total) }
        let sentence = sentences[Sentences.sentence(of: max(total.start, end - 1), in: sentences)]
        // The first breakdown fills its clause group: the next semicolon comes before any
        // further figure of the measure; the second group runs to the next one or the sentence's end.
        guard first.count >= 2, end <= sentence.upperBound, let semicolon = (end..<sentence.upperBound).first(where: { line[$0] == U.semicolon }),
              let marker = (total.end..<first[0].start).first(where: { markers.prefix(in: line.norm, at: $0) > 0 }),
              !hits.contains(where: { $0.start > end && $0.start < semicolon && isPart($0, of: total) })
        else { return nil }
        let next = (semicolon + 1)..<((semicolon + 1..<sentence.upperBound).first(where: { line[$0] == U.semicolon }) ?? sentence.upperBound)
        let second = hits.filter { next.contains($0.start) && isPart($0, of: total) }
        guard second.count >= 2, !second.contains(where: \.isApproximate), exhaustive(line, second, after: next.lowerBound),
              let head = sharedHead(first.map { label(line, from: marker, to: $0.start).scalars }
                                    + second.map { label(line, from: next.lowerBound, to: $0.start).scalars }) else { return nil }
        let (sum, tolerance, agrees) = Sentences.partsSum(second, of: total)
        let statement = "total \(Sentences.format(total.value))\(total.unit) \(agrees ? "=" : "≠") "
            + Sentences.partsTerms(second, of: total, sum: sum)
            + " (tolerance ±\(Sentences.format(tolerance))); a second partition of the whole (…"
            + String(String.UnicodeScalarView(head.compactMap(Unicode.Scalar.init))) + ")"
        return Arithmetic.make(line, "sum", second[0].start, second[second.count - 1].end, statement, agrees)
    }

    /// The last two letters every label ends with (the head noun they share), else nil.
    static func sharedHead(_ labels: [[UInt32]]) -> [UInt32]? {
        guard let first = labels.first, first.count >= 3 else { return nil }
        let head = Array(first.suffix(2))
        return labels.allSatisfy { $0.count >= 3 && Array($0.suffix(2)) == head } ? head : nil
    }
}
