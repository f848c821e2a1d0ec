/// What may stand as the value of a page's bare key, and what never is page details
/// (issue #14, chrome17). A page's detail rows hold dates, sources and counts; the
/// document's own lines that share their colons or figures have a grammar of their own:
/// - a count is a figure with a measure at most (1520, 1520次, 1.2万), never a line of words;
/// - a document number (某委发〔2021〕68号) belongs to the red header, or to a key naming a number;
/// - a table's caption names its unit of measure (单位:元 币种:人民币, 单位:万元): every
///   statistical or financial table prints one, no page does;
/// - a line under an outline marker (三、 …, 1.2 …) is the document's, whatever keys it holds.
extension BoilerplateRule {
    /// Digits and at most three letters (次, 人次, 万次): what a page's script writes as a count.
    static func countValue(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line.mask.contains(.digit) else { return false }
        var letters = 0
        for index in start..<end where line.cls(index).contains(.ideograph) || line.cls(index).contains(.latin) {
            letters += 1
            if letters > 3 { return false }
        }
        return true
    }

    /// 来苏委发〔2021〕68号, 镇政发[2024]7号: letters, a year in brackets and a number ending on 号.
    static func documentNumber(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 24, line[end - 1] == numberNoun else { return false }
        guard let open = (start..<end).first(where: { line[$0] == U.lbracketCJK || line[$0] == U.lbracket || line[$0] == U.s("【") }),
              open > start, open + 5 < end else { return false }
        return (open + 1...open + 4).allSatisfy { line.cls($0).contains(.digit) }
    }

    /// Letters of a unit of measure that open a table caption's value (元, 万元, 人, %, 吨, 亩 …).
    static let measureLetters = ScalarSet("元万亿千百人个户次件吨亩米公平方里顷克升%台辆股家所项条斤只头张册篇".unicodeScalars.map(\.value))

    /// 单位:元 币种:人民币, 单位:万元, 单位: 人: the key 单位 opening the line and a measure after it,
    /// the measure's letters only (at most three), then a space, a clause mark or the end — not a
    /// unit's name that opens on such a letter (单位:人力资源局, 单位:万州区 stay page details).
    static func unitCaption(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line.matches(unitKey, at: start) else { return false }
        var index = start + 2
        while index < end, line.cls(index).contains(.space) { index += 1 }
        guard index < end, line[index] == U.colon || line[index] == 0xFF1A else { return false }
        index += 1
        while index < end, line.cls(index).contains(.space) { index += 1 }
        var measure = index
        while measure < end, measure - index < 4, measureLetters.contains(line[measure]) { measure += 1 }
        guard measure > index, measure - index <= 3 else { return false }
        return measure == end || line.cls(measure).contains(.space) || line.cls(measure).contains(.clauseBreak) || line[measure] == U.rparen
    }

    static let unitKey = [UInt32](literal: "单位")

    /// Never page details, whatever keys and bars the line holds: an outline line or a caption.
    static func documentsOwnRow(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        HeadingParser.parse(line) != nil || unitCaption(line, start, end) || measureHeaderRow(line, start, end)
    }
}
