/// Mixed years within one summary: a placeholder year (20xx年, 20__年) next to a real
/// one (2024年上半年), or 今年 pinned to a year other than the summary's own.
struct YearRule {
    private struct Mention { var line: Int; var column: Int; var text: String }
    private var documentStart = 1
    private var placeholderYear: Mention?
    private var realYear: (year: Int, mention: Mention)?
    private var pinnedThisYear: [(year: Int, mention: Mention)] = []
    private var results: [Finding] = []

    static let periodWords = Lexicon(["年上半年", "年下半年", "年度", "年工作", "年1-6月", "年一季度", "年第一季度", "年半年", "年全年"])

    mutating func startDocument(line: Int) {
        flush()
        documentStart = line
    }

    mutating func observe(_ line: LineText) {
        guard line.mask.contains(.digit) else { return }   // every mention starts with a digit
        var index = 0
        while index < line.count {
            index = line.nextIndex(from: index, classes: CharClass.digit.rawValue)   // skip to the next digit
            guard index < line.count else { break }
            if line.cls(index).contains(.digit), !line.cls(index - 1).contains(.digit) {
                var end = index
                while line.cls(end).contains(.digit) { end += 1 }
                var markEnd = end
                while PlaceholderRule.isMark(line[markEnd]) { markEnd += 1 }
                if end - index == 2 || end - index == 3, markEnd > end, line[markEnd] == U.s("年"), placeholderYear == nil {
                    placeholderYear = Mention(line: line.number, column: line.column(of: index), text: line.string(index..<(markEnd + 1)))
                } else if end - index == 4, line[end] == U.s("年"), YearRule.periodWords.prefix(in: line.norm, at: end) > 0 {
                    let year = Int(line.string(index..<end).unicodeScalars.map { Character($0) }.map(String.init).joined()) ?? 0
                    if year >= 1990, year <= 2099, realYear == nil {
                        realYear = (year, Mention(line: line.number, column: line.column(of: index), text: line.string(index..<(end + 1))))
                    }
                    if line.matches([U.s("今"), U.s("年")], at: index - 3) || line.matches([U.s("今"), U.s("年")], at: index - 2) {
                        pinnedThisYear.append((year, Mention(line: line.number, column: line.column(of: index), text: line.string(index..<(end + 1)))))
                    }
                }
                index = max(markEnd, end)
                continue
            }
            index += 1
        }
    }

    private mutating func flush() {
        if let placeholder = placeholderYear, let real = realYear {
            results.append(Finding(kind: .year, severity: .warning, line: placeholder.line, column: placeholder.column,
                                   text: placeholder.text,
                                   message: "年份混用:本篇既有占位年份“\(placeholder.text)”,又有实际年份“\(real.mention.text)”(第\(real.mention.line)行)",
                                   messageEn: "Mixed years: a placeholder year “\(placeholder.text)” and a real year “\(real.mention.text)” (line \(real.mention.line)) in the same summary"))
        }
        if let real = realYear {
            for pinned in pinnedThisYear where pinned.year != real.year {
                results.append(Finding(kind: .year, severity: .warning, line: pinned.mention.line, column: pinned.mention.column,
                                       text: pinned.mention.text,
                                       message: "年份矛盾:文中把“\(pinned.mention.text)”称为今年,但本篇总结的是\(real.year)年",
                                       messageEn: "Contradictory years: the text calls “\(pinned.mention.text)” this year, but the summary is about \(real.year)"))
            }
        }
        placeholderYear = nil
        realYear = nil
        pinnedThisYear.removeAll()
    }

    mutating func finish() -> [Finding] {
        flush()
        return results
    }
}
