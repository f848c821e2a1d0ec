/// A list counted by a numeral glued to a noun that is no measure word: 中、老、缅三国,
/// 楼栋、居民小组、社区居委会三级网络, 镇、村、社、网格员、村医“五盯一”. The quantity scanner
/// reads no figure there (国, 级 and 盯 count nothing), so the numeral is read where it
/// ends a 、-list. Only agreement is reported: that the list has exactly as many items as
/// the numeral says is no accident, but a mismatch may be a word that merely holds a
/// numeral (统一, 三农).
extension NamedLists {
    static func numeralNouns(_ line: LineText, hits: [QuantityHit]) -> [ArithmeticCheck] {
        guard let firstComma = line.norm.firstIndex(of: U.ideoComma) else { return [] }
        var checks = [ArithmeticCheck]()
        var index = firstComma + 2
        let numeral = CharClass.cjkNumeral.rawValue
        while index < line.count - 1 {
            // Straight to the next numeral (a tight loop over the classes).
            index = line.nextIndex(from: index, classes: numeral)
            guard index < line.count - 1 else { break }
            defer { index += 1 }
            guard line.cls(index).contains(.cjkNumeral), !line.cls(index - 1).contains(.cjkNumeral) else { continue }
            // The list ends right before the numeral, or before an opening quote around it, or
            // it is quoted itself (“进社区、进学校、进企业”三进活动; “A”、“B”、“C”三大主题活动).
            let listEnd = line[index - 1] == U.lquote || line[index - 1] == U.rquote ? index - 1 : index
            guard line.cls(listEnd - 1).contains(.ideograph) || line[listEnd - 1] == U.rparen, !hits.contains(where: { $0.start <= index && index < $0.end }),
                  let run = numeralNounRun(line, index), run.value >= 2, run.value <= 12,
                  line.cls(run.end).contains(.ideograph), !line.cls(run.end).contains(.cjkNumeral) else { continue }
            // (A quoted list before 三大 is the quoted-count rules'.)
            if line[index - 1] == U.rquote, line[run.end] == U.s("大") { continue }
            let n = Int(run.value)
            let start = Sentences.listStart(line, before: listEnd)
            let listed = listItems(line, start..<listEnd, n: n)
            let items = listed.isEmpty && n == 2 ? levelPair(line, start..<listEnd, noun: line[run.end]) ?? [] : listed
            // The first item may carry the clause's verb (继续狠抓精神文明建设、计划生育和统战侨台三大).
            guard items.count == n, items.dropFirst().allSatisfy({ $0.count <= 12 }) else { continue }
            checks.append(ifAny: make(line, start, run.end + 1, n, items, strict: false, consistent: true))
        }
        return checks
    }
}
