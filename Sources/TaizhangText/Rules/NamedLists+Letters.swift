/// Numeral abbreviations whose letter marks each member in the words that follow:
/// “四先”、“四早”工作法,即预警在先、矛盾纠纷早发现;教育在先、重点对象早转化;…;
/// “五进五出”活动(进企业、进学校…,出服务、出活动…); 以“三像”为标准,做到“像…,像…,像…”.
/// Each numeral–letter pair (四先, 五进 and 五出) is counted against the occurrences of
/// its letter in the rest of the sentence, which must be a list (、 , or ; in it). Only
/// agreement is reported: a letter may also occur in other words.
extension NamedLists {
    static let functionLetters = ScalarSet("的一是在了和与及为有不之其中".unicodeScalars.map(\.value))

    static func letterAbbreviations(_ line: LineText) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        var index = 0
        while index < line.count {
            // Straight to the next “ (only a quote opens an abbreviation).
            index = line.nextIndex(from: index, classes: 0, or: U.lquote)
            guard index < line.count else { break }
            defer { index += 1 }
            guard line[index] == U.lquote, let close = (index + 1..<min(line.count, index + 8)).first(where: { line[$0] == U.rquote }) else { continue }
            // The pairs: a numeral run, then one letter.
            var pairs = [(n: Int, letter: UInt32)]()
            var at = index + 1
            while at < close, let run = HeadingParser.chineseRun(line, at), run.value >= 2, run.value <= 12, run.end < close,
                  line.cls(run.end).contains(.ideograph), !line.cls(run.end).contains(.cjkNumeral), !functionLetters.contains(line[run.end]) {
                pairs.append((Int(run.value), line[run.end]))
                at = run.end + 1
            }
            guard !pairs.isEmpty, at == close else { continue }
            var end = close + 1
            var separators = 0
            while end < line.count, end - close <= 200, !Sentences.stops.contains(line[end]) {
                if line[end] == U.ideoComma || line[end] == U.comma || line[end] == U.semicolon { separators += 1 }
                end += 1
            }
            guard separators >= 1 else { continue }
            let found = pairs.map { pair in (close + 1..<end).filter { line[$0] == pair.letter }.count }
            guard zip(pairs, found).allSatisfy({ $0.n == $1 }) else { continue }
            let letters = pairs.map { "\($0.n) × \(String(UnicodeScalar($0.letter).map(Character.init) ?? " "))" }.joined(separator: ", ")
            checks.append(ArithmeticCheck(kind: "sum", text: line.string(index..<end), line: line.number, column: line.column(of: index),
                                          statement: "count check: \(letters) (the abbreviation's letter marks each member)", consistent: true))
            index = close
        }
        return checks
    }
}
