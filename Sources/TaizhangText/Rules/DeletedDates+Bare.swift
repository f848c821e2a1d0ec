/// Years a site's filter deleted in a document that shows no deleted date (`年月日`): a forum
/// archiver's copy of a culture centre's news (zg11: "据悉,年,利川市文化馆共服务接待十万余人次",
/// "年,该馆组织服务了春节系列活动"; zg12: "据了解,在年,为进一步提升…").
///
/// 年 closes a word after a letter (今年, 全年, 青年 — `wordEnds`) or opens one (年度, 年底 —
/// `wordStarts`); standing alone between a clause's start (or a preposition of time: 在, 于, 自,
/// 从, 至, 到, 截) and a clause's punctuation it is neither, and no word of the language reads
/// `,年,` — the year's digits went. Once a document shows such a year, its 年 right after the
/// suffix of a place's name (市, 县, 区, 省, 镇, 乡, 村, 州, 旗: "利川市年元旦、春节系列文化活动")
/// is read too: a place's name before a bare 年 is a year's usual seat (利川市2017年元旦), while
/// 年 = "a year" after it (我市年接待游客…) is ordinary text, read only with that evidence.
extension DeletedDates {
    /// The bare years of `line` (and, with the document's evidence, those after a place's name).
    mutating func bareYears(_ line: LineText, chrome: Range<Int>?, told: [Finding]) -> [Hit] {
        guard line.mayContain(U.s("年")) else { return [] }
        var years = [Int]()
        var index = -1
        while true {
            index = line.nextIndex(from: index + 1, classes: 0, or: U.s("年"))   // straight to the next 年
            guard index < line.count else { break }
            if let chrome, chrome.contains(index) { continue }
            if DeletedDates.isBareYear(line, index) { yearsEvident = true; years.append(index) }
        }
        if yearsEvident {
            index = -1
            while true {
                index = line.nextIndex(from: index + 1, classes: 0, or: U.s("年"))
                guard index < line.count else { break }
                if let chrome, chrome.contains(index) { continue }
                if !years.contains(index), DeletedDates.isYearAfterPlace(line, index) { years.append(index) }
            }
        }
        return years.sorted().compactMap { DeletedDates.untold(line, $0, told) }
    }

    /// `据悉,年,`, `在年,`, `年,该馆` (at the line's start): a bare 年 between a clause's start or
    /// a preposition of time and a clause's punctuation. Not `20xx 年,` (after a blank: a figure
    /// spaced off or masked), `今年,` (a word), `年、月、日` (a list of a form's fields).
    static func isBareYear(_ line: LineText, _ index: Int) -> Bool {
        guard isDeletedYear(line, index), clauseEnds.contains(line[index + 1]) else { return false }
        if index <= line.contentStart { return true }
        let previous = line[index - 1]
        return clauseStarts.contains(previous) || MissingNumberSlots.yearSlots.contains(previous)
    }

    /// `利川市年元旦`: 年 after the suffix of a place's name, before a letter that is not a
    /// clause's punctuation (a bare year there is `isBareYear`'s) and opens no word in 年.
    static func isYearAfterPlace(_ line: LineText, _ index: Int) -> Bool {
        index > 0 && placeSuffixes.contains(line[index - 1]) && line.cls(index + 1).contains(.ideograph) && isDeletedYear(line, index)
    }

    /// Punctuation that ends the clause a bare year stands in (、 lists a form's fields: 年、月、日).
    static let clauseEnds = ScalarSet(",;。!?:，；：".unicodeScalars.map(\.value))
    /// Punctuation a clause starts after.
    static let clauseStarts = ScalarSet(",;。!?:，；：、".unicodeScalars.map(\.value))
    /// The suffixes of the names of administrative divisions (GB/T 2260's 省 市 县 区, towns and
    /// villages, 州 and 旗 of the autonomous ones).
    static let placeSuffixes = ScalarSet("省市县区镇乡村州旗".unicodeScalars.map(\.value))
}
