/// A year deleted where it stood alone as the time of its clause (thirtieth pass, missing24):
/// - “年,” opening a clause: 据悉,年,利川市文化馆共服务接待…; 据了解,在年,为进一步…; a line
///   that starts “年,该馆组织…”; 年,全縣計劃生育率達到…. A clause's time is its first word, and 年
///   alone, closed by a comma, is only ever a year that lost its digits (今年, 上半年, 当年 are
///   words: the letter before 年 is never a clause's start there);
/// - a dated byline's year after its dash: ——年11月27日在省十二届人大常委会…: `monthFollows`
///   read after the dash as after a date slot.
/// Near misses: 年初, 年内, 年终 opening a clause (not followed by the comma); 今年, / 上半年, /
/// 之年, (a letter before 年); 2023⏎年, (a figure wrapped onto the line before).
extension MissingNumberSlots {
    static func yearAlone(_ line: LineText, _ index: Int) -> Hit? {
        let previous = index > 0 ? line[index - 1] : 0
        if previous == U.emDash, monthFollows(line, index + 1), !line.cls(index - 2).contains(.digit) {
            return make(line, index, index + 1, "年")
        }
        guard line[index + 1] == U.comma, opensClause(line, index) else { return nil }
        return make(line, index, index + 1, "年")
    }

    /// `index` starts its clause: the line's content starts there, or a clause's punctuation
    /// stands before it, or a date slot (在, 于) that itself opens the clause (据了解,在年,).
    private static func opensClause(_ line: LineText, _ index: Int) -> Bool {
        if index <= line.contentStart { return true }
        let previous = line[index - 1]
        if clausePunctuation.contains(previous) { return true }
        guard previous == U.s("在") || previous == U.s("于") else { return false }
        return index - 1 <= line.contentStart || clausePunctuation.contains(line[index - 2])
    }
}
