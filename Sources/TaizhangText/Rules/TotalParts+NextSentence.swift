/// A whole stated in one sentence and broken down in the next, with no marker tying them
/// (twenty-second pass, xsum):
///
///     全村共有党员38名。男党员34名,女党员4名。
///     职工5416人。男3028人,女2388人。
///     全国人口总计141178万人。在性别构成上,男性人口为72334万人,…;女性人口为68844万人,…
///     户籍人口101.18万人,…。年末户籍人口中,18岁以下25.76万人,18-34岁22.88万人,…,60岁以上13.71万人。
///
/// The parts are the plain figures of one measure in a sentence; the whole is a figure of that
/// measure in the sentence before (or two before, over a sentence of 其中 subsets). The link is
/// grammar, not a marker: the parts' labels share a head noun the whole's clause names (男党员 /
/// 女党员 of 党员, 城镇人口 / 乡村人口 of 人口), or the labels are bare (男 / 女) under a lone whole.
/// - agreement within the rounding as written is reported (the first two or more parts);
/// - a mismatch is flagged only when the labels partition the whole (`partitions`: 男/女, X/非X,
///   内/外, 城/乡 with one head, a rest word, age bands from 0 to open), the parts are all the
///   sentence's figures of the measure, each closes its clause (男500人外出务工 counts no
///   population), nothing says the list is partial (等, 主要) and the whole is the only one named.
extension TotalParts {
    /// `parts`: `sentenceParts` of each sentence when the caller has them (`Arithmetic.local`
    /// keeps them for `earlierLines`).
    static func nextSentence(_ line: LineText, _ hits: [QuantityHit], _ sentences: [Range<Int>], parts each: [[QuantityHit]?]? = nil,
                             known: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard sentences.count >= 2, hits.count >= 3 else { return [] }
        var checks = [ArithmeticCheck]()
        for index in sentences.indices {
            let sentence = sentences[index]
            guard let parts = each.map({ $0[index] }) ?? sentenceParts(line, hits, sentence),
                  mayHaveWhole(hits, of: parts[0], outside: sentence, next: index + 1 < sentences.count ? sentences[index + 1] : nil)
            else { continue }
            let column = line.column(of: parts[0].start)
            if (known + checks).contains(where: { $0.kind == "sum" && $0.line == line.number && $0.column <= column && column < $0.column + $0.text.count }) {
                continue
            }
            if let check = read(line, hits, sentences, index, parts) { checks.append(check) }
        }
        return checks
    }

    /// The sentence's figures of its first plain measure, when two to eight, none approximate,
    /// compared or bracketed, and no total word opens a clause of the sentence (a sentence with a
    /// total of its own is read by the same-sentence rules).
    static func sentenceParts(_ line: LineText, _ hits: [QuantityHit], _ sentence: Range<Int>) -> [QuantityHit]? {
        // Most sentences hold one figure or none: counted by position before a measure is read.
        guard figureCount(hits, in: sentence, upTo: 2) == 2 else { return nil }
        guard let first = hits.first(where: { sentence.contains($0.start) && AgreedSums.summable($0) }) else { return nil }
        // Changes and figures of comparison (比去年增加22909人) describe a part; they are none.
        // A 其中 after the first part opens a breakdown of a part (…60岁及以上17028人,其中65岁及以上…):
        // the parts end before it.
        // (Looked for only in a line holding 其: its trigger bit.)
        let end = !line.mayContain(breakdownLead[0]) ? sentence.upperBound
            : (first.end..<sentence.upperBound).first { line.matches(breakdownLead, at: $0) } ?? sentence.upperBound
        // The cheap tests first: most sentences hold fewer than two figures of the measure
        // (counted before an array is made).
        let isPlain = { (hit: QuantityHit) in hit.start >= sentence.lowerBound && hit.start < end && !hit.isPercent && !hit.isPoints
            && hit.change == nil && ItemTotals.sameKind(hit, first) }
        guard hits.indices.count(where: { isPlain(hits[$0]) }) >= 2 else { return nil }
        let plain = hits.filter(isPlain)
        let same = plain.filter { !AgreedSums.compares(line, $0, from: sentence.lowerBound) }
        guard same.count >= 2, same.count <= 8, same.allSatisfy({ AgreedSums.summable($0) }),
              !same.contains(where: { insideBrackets(line, $0.start, after: sentence.lowerBound) }),
              !same.contains(where: { opensNewTotal(line, Sentences.clauseStart(line, before: $0.start)..<$0.start)
                  || Sentences.contains(line, aggregateNouns, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) })
        else { return nil }
        return same
    }

    /// The whole before the parts' sentence and the check of the parts against it.
    private static func read(_ line: LineText, _ hits: [QuantityHit], _ sentences: [Range<Int>], _ index: Int,
                             _ parts: [QuantityHit]) -> ArithmeticCheck? {
        var labels = partLabels(line, parts, from: sentences[index].lowerBound)
        // 党员中男的34人、女4人: a frame X中 before the first label names the whole (X) and is no
        // letter of the label.
        let frame = framedWhole(&labels[0].scalars) ?? clauseFrame(line, sentences[index], parts[0])
        let labelHead = headNoun(labels.map(\.scalars))
        let head = frame ?? labelHead
        let partition = partitions(line, parts, labels)
        // Agreement: a partition, or a head noun the whole names (bare labels need a partition).
        guard partition || !head.isEmpty else { return nil }
        // Agreement with a whole up to six sentences back (nearest first): a sibling breakdown
        // between (男 / 女, then age bands) does not hide it.
        let largest = parts.map(\.normalized).max() ?? 0
        let reach = head.isEmpty ? bareReach(line, hits, sentences, index, parts) : max(0, index - 6)
        for back in stride(from: index - 1, through: reach, by: -1) {
            let before = sentences[back]
            for candidate in hits.reversed() where before.contains(candidate.start) && candidate.normalized > largest
                && ItemTotals.sameKind(candidate, parts[0]) && AgreedSums.summable(candidate)
                && !isSubsetFigure(line, candidate, in: before)
                && (names(line, candidate, head) || frame != nil && !labelHead.isEmpty && names(line, candidate, labelHead)) {
                // Every part, or a first few whose labels are values of one attribute (一审 / 二审 /
                // 再审案件; the rest of the sentence breaks down something else): a first few that
                // happen to make the whole (13起 of one trade against 6 + 5 + 2 of six districts)
                // prove nothing.
                for count in stride(from: parts.count, through: 2, by: -1)
                where count == parts.count || oneAttribute(labels.prefix(count).map(\.scalars)) {
                    let used = Array(parts.prefix(count))
                    let reading = Sentences.partsSum(used, of: candidate)
                    if reading.agrees { return check(line, candidate, used, reading, true) }
                }
            }
        }
        if let later = laterWhole(line, hits, sentences, index, parts, head) { return later }
        // A flag: the one whole of its sentence, only 其中 subsets between (bare labels: the sentence
        // right before), the labels a partition, nothing partial, every part closing its clause.
        guard partition, let whole = earlierWhole(line, hits, sentences, index, parts, head),
              !Sentences.contains(line, partialListWords, in: sentences[index]),
              parts.allSatisfy({ closesClause(line, $0, hits) }) else { return nil }
        return check(line, whole, parts, Sentences.partsSum(parts, of: whole), false)
    }

    /// The nearest sentence before the parts (up to six back) holding a figure of their measure
    /// that their head names and that is no 其中 subset: the whole to flag against when it is the
    /// sentence's only such figure and the sentences between hold nothing but subsets. Sentences
    /// whose figures are all subsets, or all below the largest part (another breakdown of the same
    /// whole), are stepped over; a step over the latter leaves no whole to flag against.
    private static func earlierWhole(_ line: LineText, _ hits: [QuantityHit], _ sentences: [Range<Int>], _ index: Int,
                                     _ parts: [QuantityHit], _ head: [UInt32]) -> QuantityHit? {
        let largest = parts.map(\.normalized).max() ?? 0
        var clean = true
        for back in stride(from: index - 1, through: max(0, index - 6), by: -1) {
            let before = sentences[back]
            let wholes = hits.filter { whole in
                before.contains(whole.start) && ItemTotals.sameKind(whole, parts[0]) && AgreedSums.summable(whole)
                    && !isSubsetFigure(line, whole, in: before) && !Ratios.isWholeOrTarget(line, whole, hits)
                    && !AgreedSums.compares(line, whole, from: before.lowerBound)
            }
            let named = wholes.filter { names(line, $0, head) }
            if head.isEmpty, back > bareReach(line, hits, sentences, index, parts) { continue }
            let candidates = named.filter { $0.normalized > largest }
            // The sentence right before may hold a whole smaller than a part (an error to flag).
            let lone = named.count == 1 && wholes.count == 1 && (back == index - 1 || head.isEmpty || !candidates.isEmpty)
            if !candidates.isEmpty || lone { return clean && lone ? named[0] : nil }
            if head.isEmpty { return nil }
            if !wholes.isEmpty { clean = false }
        }
        return nil
    }

    /// 专任教师 of 幼儿专任教师14551人,小学专任教师32009人,…。…,其中专任教师76413人: parts listed
    /// before the whole, which the next sentence names by the parts' head noun (two letters or
    /// more). Agreement only: a later figure may count something else.
    private static func laterWhole(_ line: LineText, _ hits: [QuantityHit], _ sentences: [Range<Int>], _ index: Int,
                                   _ parts: [QuantityHit], _ head: [UInt32]) -> ArithmeticCheck? {
        guard head.count >= 2, index + 1 < sentences.count else { return nil }
        let after = sentences[index + 1], largest = parts.map(\.normalized).max() ?? 0
        for whole in hits where after.contains(whole.start) && ItemTotals.sameKind(whole, parts[0])
            && AgreedSums.summable(whole) && whole.normalized > largest && names(line, whole, head) {
            let reading = Sentences.partsSum(parts, of: whole)
            if reading.agrees { return check(line, whole, parts, reading, true, later: true) }
        }
        return nil
    }

    /// How far back bare labels (男 / 女) look for their whole: the sentence right before, or over
    /// sentences whose figures of the measure are all 其中 subsets (全村总人口1000人。其中贫困人口100人。男…).
    static func bareReach(_ line: LineText, _ hits: [QuantityHit], _ sentences: [Range<Int>], _ index: Int, _ parts: [QuantityHit]) -> Int {
        var back = index - 1
        while back > 0 {
            let figures = hits.filter { sentences[back].contains($0.start) && ItemTotals.sameKind($0, parts[0]) && AgreedSums.summable($0) }
            guard !figures.isEmpty, figures.allSatisfy({ isSubsetFigure(line, $0, in: sentences[back]) }) else { break }
            back -= 1
        }
        return max(back, 0)
    }

    /// Words that make a list partial (等) or a selection (主要, 部分).
    static let partialListWords = Lexicon(["等", "主要", "部分"])

    private static func check(_ line: LineText, _ whole: QuantityHit, _ parts: [QuantityHit],
                              _ reading: (sum: Double, tolerance: Double, agrees: Bool), _ ok: Bool, later: Bool = false) -> ArithmeticCheck {
        let relation = ok ? "=" : (reading.sum > whole.value ? "<" : "≠")
        let statement = "total \(Sentences.format(whole.value))\(whole.unit) \(relation) "
            + Sentences.partsTerms(parts, of: whole, sum: reading.sum)
            + " (tolerance ±\(Sentences.format(reading.tolerance))); parts in the \(later ? "sentence before" : "next sentence")"
        return later ? Arithmetic.make(line, "sum", parts[0].start, whole.end, statement, ok)
            : Arithmetic.make(line, "sum", whole.start, parts.last!.end, statement, ok)
    }
}
