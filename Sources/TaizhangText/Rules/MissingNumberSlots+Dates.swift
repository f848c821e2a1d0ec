/// Deleted figures of dates and multiples (twelfth pass), where a proofreader is sure:
/// - a year deleted before a month (于年6月完成, “年3月,…” at a clause start): `monthFollows`
///   widens `yearAtClauseStart`, whose slots (在于至到自从截 or a clause start) still apply;
/// - a month and a day both deleted (于月日举行, 月日前完成): 月 right before 日, after a date
///   slot or a clause's punctuation (at a line's start only before 前/后/起), and 日 not the
///   start of a word (每月日均, 月日常);
/// - a multiple deleted after 的 (产值是去年的倍。); after a verb (增长倍) `afterSlot` reads it.
extension MissingNumberSlots {
    /// Characters after 日 that make it the start of a word (日均, 日常, 日益 …), not a day.
    static let dayWordStarts = ScalarSet("均常益报期志程记用夜子历光照趋渐新前后".unicodeScalars.map(\.value))
    /// Characters after 日前/日后 that keep them a deadline (日前完成), unlike 日前 “recently”.
    static let deadlineFollowers = ScalarSet("完全要必须务,。;".unicodeScalars.map(\.value))

    /// 6月, 1-6月, 三月 after a deleted year's 年 (two numerals at most, then 月).
    static func monthFollows(_ line: LineText, _ start: Int) -> Bool {
        var end = start
        while end - start < 5, line.cls(end).contains(.digit) || line.cls(end).contains(.cjkNumeral)
                || end > start && (line[end] == U.hyphen || line[end] == U.enDash || line[end] == U.emDash) { end += 1 }
        return end > start && line[end] == U.s("月")
    }

    static func dateAtSlot(_ line: LineText, _ index: Int) -> Hit? {
        guard line[index + 1] == U.s("日") else { return nil }
        let after = line[index + 2]
        // 日前 / 日后 read as a deadline only before what must be done (月日前完成).
        if dayWordStarts.contains(after) {
            guard after == U.s("前") || after == U.s("后"), deadlineFollowers.contains(line[index + 3]) || index + 3 >= line.count else {
                return nil
            }
        }
        // After a date slot (于月日举行) or a clause's punctuation; at a line's start only as a
        // deadline (月日前完成): alone, or in brackets, 月日 labels a column of dates (日期(月日)).
        let previous = line[index - 1]
        let deadline = after == U.s("前") || after == U.s("后") || after == U.s("起")
        let atStart = index <= line.contentStart && deadline || clausePunctuation.contains(previous)
        guard atStart || yearSlots.contains(previous) && !line.cls(index - 2).contains(.digit) else { return nil }
        return make(line, index, index + 2, "月日")
    }

    /// 是去年的倍。: 的 and then 倍 ending its clause.
    static func multipleAfterDe(_ line: LineText, _ index: Int) -> Hit? {
        guard line[index - 1] == U.s("的"), line.cls(index - 2).contains(.ideograph) else { return nil }
        let after = line.cls(index + 1)
        guard index + 1 >= line.count || after.contains(.clauseBreak) || line[index + 1] == U.s("多") || line[index + 1] == U.s("以") else {
            return nil
        }
        return make(line, index, index + 1, "倍")
    }
}
