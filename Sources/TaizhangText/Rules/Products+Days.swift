/// 第一季度话务总数为20693个,日均230个 / 第28周(7月8日—7月14日)共受理71184件,日均10169件: a
/// daily average is a total of its measure (in the sentence or the one before) divided by
/// the days of the period the line names — a date range M月D日—M月D日, a week (周), a
/// quarter, the half-year, 1-n月 or the year; leap years are allowed for. Reported when the
/// quotient rounds to the stated average (agreement only: the days are read, not stated).
extension Products {
    static func daily(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard hits.count >= 2, line.contains(U.s("日"), followedBy: U.s("均")) || line.contains(U.s("每"), followedBy: U.s("日"))
                || line.contains(U.s("每"), followedBy: U.s("天")) else { return [] }
        var checks = [ArithmeticCheck]()
        for rate in hits where !rate.isPercent && rate.change == nil && rate.normalized > 0 && !rate.isApproximate {
            guard let per = perMeasure(line, rate), per == "日" || per == "天" else { continue }
            let candidates = days(line, before: rate.start)
            guard !candidates.isEmpty else { continue }
            let sentence = Sentences.sentence(of: rate.start, in: sentences)
            let window = sentences[max(0, sentence - 1)].lowerBound..<sentences[sentence].upperBound
            let allowed = 0.5 * Sentences.pow10(-rate.number.decimals) * rate.number.magnitude + 1e-9
            for total in hits where window.contains(total.start) && total.start < rate.start && total.measure == rate.measure
                && total.change == nil && !total.isPercent && !total.isApproximate && total.normalized > rate.normalized {
                guard let n = candidates.first(where: { abs(total.normalized / Double($0) - rate.normalized) <= allowed }) else { continue }
                let statement = "average \(Sentences.format(total.normalized)) / \(n) days = \(String(format: "%.1f", total.normalized / Double(n))) vs stated \(Sentences.format(rate.normalized)) (a daily average)"
                checks.append(Arithmetic.make(line, "ratio", total.start, rate.end, statement, true))
                break
            }
        }
        return checks
    }

    /// Day counts the period named before `position` may have (several for leap years).
    static func days(_ line: LineText, before position: Int) -> [Int] {
        if let range = dateRange(line, before: position) { return [range] }
        let text = line.norm[0..<position]
        func has(_ word: String) -> Bool { line.contains([UInt32](literal: word), in: 0..<position) }
        if has("周") { return [7] }
        if has("一季度") { return [90, 91] }
        if has("二季度") { return [91] }
        if has("三季度") || has("四季度") { return [92] }
        if let months = Products.months(line), months >= 2, text.contains(U.s("月")) {
            let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            let n = lengths.prefix(months).reduce(0, +)
            return [n, n + 1]
        }
        if has("上半年") { return [181, 182] }
        if has("全年") { return [365, 366] }
        return []
    }

    /// M月D日—M月D日 (— – - ~ 至 between), the days it spans, both ends included.
    private static func dateRange(_ line: LineText, before position: Int) -> Int? {
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var index = 0
        while index < position {
            guard let (m1, d1, end1) = monthDay(line, index) else { index += 1; continue }
            var at = end1
            guard [U.hyphen, U.s("—"), U.s("–"), U.tilde, U.s("至"), U.s("-")].contains(line[at]) else { index = end1; continue }
            at += 1
            if line[at] == U.s("—") { at += 1 }
            if let (m2, d2, _) = monthDay(line, at) ?? dayOnly(line, at, month: m1) {
                guard m2 >= m1, m1 >= 1, m2 <= 12 else { return nil }
                var total = 0
                for month in m1...m2 { total += lengths[month - 1] }
                total -= d1 - 1
                total -= lengths[m2 - 1] - d2
                return total > 0 && total <= 366 ? total : nil
            }
            index = end1
        }
        return nil
    }

    private static func monthDay(_ line: LineText, _ start: Int) -> (Int, Int, Int)? {
        guard let (m, afterMonth) = digits(line, start), line[afterMonth] == U.s("月"),
              let (d, afterDay) = digits(line, afterMonth + 1), line[afterDay] == U.s("日") || line[afterDay] == U.s("号"),
              m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
        return (m, d, afterDay + 1)
    }

    private static func dayOnly(_ line: LineText, _ start: Int, month: Int) -> (Int, Int, Int)? {
        guard let (d, after) = digits(line, start), line[after] == U.s("日") || line[after] == U.s("号"), d >= 1, d <= 31 else { return nil }
        return (month, d, after + 1)
    }

    private static func digits(_ line: LineText, _ start: Int) -> (Int, Int)? {
        guard start >= 0, start < line.count, start == 0 || NumberParser.digitValue(line[start - 1]) == nil,
              let first = NumberParser.digitValue(line[start]) else { return nil }
        var value = first, at = start + 1
        if at < line.count, let second = NumberParser.digitValue(line[at]) { value = value * 10 + second; at += 1 }
        return (value, at)
    }
}
