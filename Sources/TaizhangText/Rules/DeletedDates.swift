/// Years a document site's filter deleted with every other digit of its dates (zf21, a
/// document site's copy: "我局于年月18-日依据市年妇幼保健工作考核标准…", "截止至年月日,全市…").
///
/// Plain Chinese is full of 年 after a letter (今年, 全年, 青年, 年度, 年底), so a lone 年 is
/// read only in a document that shows the trace of deleted dates first: a date whose year and
/// month lost their digits after a date slot (`于年月18-日`, `截止至年月日`) or a range whose
/// first bound lost them (`月日-3日`). From that line on (in its document), a 年 that neither
/// closes a word (今年, 青年 — `wordEnds`) nor opens one (年度, 年底 — `wordStarts`) is a year
/// that was deleted. The line-local rules read the forms that need no such evidence
/// (年上半年 at a clause start, 于年6月, 于月日); this reader adds none where they found one.
struct DeletedDates {
    /// The document showed the trace of deleted dates (set on the line that shows it).
    private(set) var evident = false

    mutating func startDocument() { evident = false }

    /// The deleted years, months and days on `line` once the document shows the trace, each
    /// a finding of its own (`于年月18-日` lost three figures); none where `told` (the line's
    /// findings so far) has one. `chrome`: the part of the line a boilerplate rule took (a
    /// page's copy of its title is not the text's; the boilerplate finding tells it).
    mutating func scan(_ line: LineText, chrome: Range<Int>?, told: [Finding]) -> [Hit] {
        if !evident {
            guard line.mayContain(U.s("月")), DeletedDates.showsTrace(line) else { return [] }
            evident = true
        }
        var hits = [Hit]()
        var index = -1
        while true {
            // Straight to the next 年, 月 or 日.
            index = line.nextIndex(from: index + 1, classes: 0, or: U.s("年"), U.s("月"), U.s("日"))
            guard index < line.count else { break }
            let scalar = line[index]
            if let chrome, chrome.contains(index) { continue }
            let deleted = scalar == U.s("年") ? DeletedDates.isDeletedYear(line, index)
                : scalar == U.s("月") ? DeletedDates.isDeletedMonth(line, index) : DeletedDates.isDeletedDay(line, index)
            guard deleted else { continue }
            let column = line.column(of: index)
            if told.contains(where: { $0.kind == .missingNumber && $0.line == line.number && $0.column <= column && column < $0.column + max(1, $0.text.count) }) {
                continue
            }
            hits.append(MissingNumberSlots.make(line, index, index + 1, line.string(index..<(index + 1))))
        }
        return hits
    }

    /// `于年月18-日`, `截止至年月日`: 年 right before 月 after a date slot, with 日 bare or after a
    /// range's digits; `月日-3日`, `月日至5日`: the first bound of a range bare before the second's figure.
    static func showsTrace(_ line: LineText) -> Bool {
        var index = -1
        while true {
            index = line.nextIndex(from: index + 1, classes: 0, or: U.s("月"))   // straight to the next 月
            guard index < line.count else { return false }
            guard !isFigure(line, index - 1) else { continue }
            if line[index - 1] == U.s("年"), MissingNumberSlots.yearSlots.contains(line[index - 2]), bareDay(line, from: index + 1) {
                return true
            }
            if line[index + 1] == U.s("日"), rangeDash.contains(line[index + 2]), line.cls(index + 3).contains(.digit) { return true }
        }
    }

    /// 日 right after 月, or after a figure and a range's dash with no figure of its own (18-日).
    private static func bareDay(_ line: LineText, from start: Int) -> Bool {
        if line[start] == U.s("日") { return true }
        var end = start
        while line.cls(end).contains(.digit) { end += 1 }
        return end > start && rangeDash.contains(line[end]) && line[end + 1] == U.s("日")
    }

    static let rangeDash = ScalarSet([U.hyphen, U.enDash, U.emDash, U.tilde, U.wave, U.s("至")])

    private static func isFigure(_ line: LineText, _ index: Int) -> Bool {
        let cls = line.cls(index)
        return cls.contains(.digit) || cls.contains(.cjkNumeral) || cls.contains(.latin) || PlaceholderRule.isMark(line[index])
    }

    /// 年 standing for a deleted year: not after a figure, a blank or a letter that makes it the
    /// end of a word (今年, 青年, 周年), nor before one that makes it the start of one (年度,
    /// 年底, 年龄) or a figure (年6月: `MissingNumberSlots` reads it where it is sure); before 月
    /// only as a date (年月18日, 年月日), not the noun 年月 (岁月).
    static func isDeletedYear(_ line: LineText, _ index: Int) -> Bool {
        // 年 ending the line: a word the next line finishes (…最大的65岁,年 ⏎ 龄…), unread.
        guard line[index] == U.s("年"), index + 1 < WrappedQuantities.end(of: line) else { return false }
        let previous = line[index - 1], next = line[index + 1]
        if index > 0, isFigure(line, index - 1) || wordEnds.contains(previous) || line.cls(index - 1).contains(.space) { return false }
        if wordStarts.contains(next) || isFigure(line, index + 1) { return false }
        if next == U.s("月") { return line[index + 2] == U.s("日") || line.cls(index + 2).contains(.digit) }
        // 年上半年 / 年1-6月 at a clause start are `MissingNumberSlots`' (told there already).
        return MissingNumberSlots.periodAfterYear.prefix(in: line.norm, at: index + 1) == 0
    }

    /// 月 of a date whose month went: after a deleted year (年月18-日), a date slot, a clause's
    /// punctuation or at the line's start (月8日我馆…), and before 日 or a day's figure and 日.
    static func isDeletedMonth(_ line: LineText, _ index: Int) -> Bool {
        guard line[index] == U.s("月"), !isFigure(line, index - 1) else { return false }
        let previous = line[index - 1]
        guard isDeletedYear(line, index - 1) || index <= line.contentStart || MissingNumberSlots.yearSlots.contains(previous)
                || MissingNumberSlots.clausePunctuation.contains(previous) else { return false }
        var end = index + 1
        while line.cls(end).contains(.digit) { end += 1 }
        return end - index <= 3 && line[end] == U.s("日") || end > index + 1 && bareDay(line, from: index + 1)
    }

    /// 日 of a date whose day went: right after a deleted month (月日), or after a range's
    /// dash that follows a day's figure (18-日).
    static func isDeletedDay(_ line: LineText, _ index: Int) -> Bool {
        guard line[index] == U.s("日") else { return false }
        if line[index - 1] == U.s("月") { return isDeletedMonth(line, index - 1) }
        return rangeDash.contains(line[index - 1]) && line[index - 1] != U.s("至") && line.cls(index - 2).contains(.digit)
    }

    /// Letters that end a word in 年 (a dictionary's entries of the form X年): deictic and
    /// relative years (今去明前后当本该是这那哪某此其同翌次隔上下), spans and counts (全每整半
    /// 多数几两连逐累积历常长终经近往昔), ages and stages of life (少青成童中老晚早幼壮盛暮
    /// 残余天享生卒华芳妙英弱), calendar words (新过拜贺元初末闰平丰荒学财纪编周光流旧大小
    /// 凶歉), the zodiac's animals and the stems and branches (龙年, 甲子年), 年 itself (年年)
    /// and the numerals (numeral letters count as figures above).
    static let wordEnds = ScalarSet((
        "今去明前后当本该是这那哪某此其同翌次隔上下全每整半多数几两连逐累积历常长终经近往昔"
        + "少青成童中老晚早幼壮盛暮残余天享生卒华芳妙英弱新过拜贺元初末闰平丰荒学财纪编周光流旧大小凶歉"
        + "鼠牛虎兔龙蛇马羊猴鸡狗猪甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥年之百千万亿"
    ).unicodeScalars.map(\.value))

    /// Letters that make 年 the start of a word (年度, 年份, 年底, 年初, 年末, 年中, 年内, 年间,
    /// 年终, 年龄, 年纪, 年级, 年代, 年轻, 年薪, 年限, 年货, 年画, 年夜, 年味, 年均, 年产, 年票,
    /// 年审, 年休, 年关, 年景, 年头, 年息, 年谱, 年历, 年表, 年俸, 年资, 年金, 年利, 年假, 年节,
    /// 年前, 年后, 年来, 年里, 年计, 年值, 年化, 年增, 年平均, 年收入, 年用量, 年销售, 年报,
    /// 年会, 年鉴, 年检, 年满, 年逾, 年近, 年过, 年事, 年迈, 年富, 年尾, 年号, 年岁, 年年): an
    /// annual thing or a measure per year, which a text names without any year.
    static let wordStarts = ScalarSet((
        "度份底初末中内间终龄纪级代轻薪限货画夜味均产票审休关景头息谱历表俸资金利假节前后来里计值化增平收用销报会鉴检满逾近过事迈富尾号岁年"
    ).unicodeScalars.map(\.value))
}
