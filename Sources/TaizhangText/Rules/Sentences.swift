/// Sentence and clause helpers shared by the arithmetic rules.
enum Sentences {
    static let stops: ScalarSet = [U.ideoStop, U.s("!"), U.s("?"), U.s("!"), U.s("?")]

    /// Sentence ranges of a line (split at 。!?).
    static func ranges(_ line: LineText) -> [Range<Int>] {
        var result = [Range<Int>]()
        // Room for eight at once: appended one by one, the array grew at 1, 2, 4 and 8 (cli20).
        if line.count > 0 { result.reserveCapacity(8) }
        var start = 0
        for index in 0..<line.count where line.cls(index).contains(.sentenceEnd) && line[index] != U.semicolon {
            result.append(start..<(index + 1))
            start = index + 1
        }
        if start < line.count { result.append(start..<line.count) }
        return result
    }

    static func sentence(of position: Int, in ranges: [Range<Int>]) -> Int {
        ranges.firstIndex { $0.contains(position) } ?? max(0, ranges.count - 1)
    }

    /// Start of the clause containing `position` (after the previous , ; 。 : etc.).
    static func clauseStart(_ line: LineText, before position: Int) -> Int {
        var index = position
        while index > 0, !line.cls(index - 1).contains(.clauseBreak), line[index - 1] != U.comma,
              line[index - 1] != U.semicolon, line[index - 1] != U.colon { index -= 1 }
        return index
    }

    /// Start of an enumeration ending at `position`: like a clause, but 、 does not end it.
    static func listStart(_ line: LineText, before position: Int) -> Int {
        var index = position
        while index > 0 {
            let scalar = line[index - 1]
            // A bracket inside an item (政策宣讲(含法律、法规)、技能培训两项) is stepped over.
            if scalar == U.rparen, let open = (max(0, index - 40)..<(index - 1)).last(where: { line[$0] == U.lparen }) {
                index = open
                continue
            }
            // So is a title in 《》 (制定了《A办法》、《B制度》3项制度).
            if scalar == U.rbook, let open = (max(0, index - 60)..<(index - 1)).last(where: { line[$0] == U.lbook }) {
                index = open
                continue
            }
            // The line's classes are `CharClass.of` its scalars, computed once (TriggerTests).
            let cls = line.cls(index - 1)
            if scalar != U.ideoComma && (cls.contains(.clauseBreak) || scalar == U.comma
                || scalar == U.semicolon || scalar == U.colon || cls.contains(.quote)) { break }
            index -= 1
        }
        return index
    }

    /// True when any of `words` occurs in `range` of the line.
    static func contains(_ line: LineText, _ words: Lexicon, in range: Range<Int>) -> Bool {
        // Probed only where a word may start (`nextCandidate`; elsewhere `prefix` is 0).
        let end = min(range.upperBound, line.count)
        var index = max(range.lowerBound, 0)
        while index < end {
            index = words.nextCandidate(in: line.norm, from: index, to: end)
            guard index < end else { return false }
            if words.prefix(in: line.norm, at: index) > 0 { return true }
            index += 1
        }
        return false
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Equal at the precision the total was stated with (half a unit of its last digit).
    static func agrees(_ computed: Double, _ stated: Double, decimals: Int) -> Bool {
        let tolerance = 0.5 * pow10(-decimals) + 1e-9
        return abs(computed - stated) <= tolerance
    }

    /// The rounding rates summed against 100% may show: half a unit of each one's last digit
    /// (63.72% + 36.27%: ±0.01).
    static func tolerance(ofRates rates: [QuantityHit]) -> Double {
        rates.reduce(0) { $0 + 0.5 * pow10(-$1.number.decimals) } + 1e-9
    }

    /// The rounding a sum of parts may show against its total, in the total's unit: half a
    /// unit of the total's last digit, plus half a unit of the last digit of each part that
    /// was rounded (written with decimals or scaled by 万/亿). Whole counts are exact.
    static func tolerance(total: QuantityHit, parts: [QuantityHit]) -> Double {
        var tolerance = 0.5 * pow10(-total.number.decimals)
        for part in parts where part.number.decimals > 0 || part.number.magnitude > 1 {
            tolerance += 0.5 * pow10(-part.number.decimals) * part.number.magnitude / total.number.magnitude
        }
        return tolerance + 1e-9
    }

    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        if exponent >= 0 { for _ in 0..<exponent { result *= 10 } } else { for _ in 0..<(-exponent) { result /= 10 } }
        return result
    }
}
