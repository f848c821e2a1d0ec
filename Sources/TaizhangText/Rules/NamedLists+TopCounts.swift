/// 受理量前10位的单位:A、B、…; 排名前五名的乡镇是A、B、C、D、E (issue #14, corpus-k): 前 and
/// a count with 位 or 名 is a rank range, which the scanner reads as no quantity (a rank is
/// not a metric), but when the counted noun is followed by its members the range announces
/// how many there are, as 3个 does in 抓好3个项目:A、B、C. Only agreement is reported
/// (`countThenMembers`), as for every announced list.
extension NamedLists {
    static func topCounts(_ line: LineText) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        var index = 0
        // To the last letter but one: a range may close the line (…获得借阅量前十。).
        while index < line.count - 1 {
            defer { index += 1 }
            guard line[index] == U.s("前") else { continue }
            guard let run = HeadingParser.arabicRun(line, index + 1) ?? HeadingParser.chineseRun(line, index + 1),
                  run.value >= 2, run.value <= 30,
                  let check = (line[run.end] == U.s("位") || line[run.end] == U.s("名") ? countThenMembers(line, from: index, after: run.end + 1, run.value) : nil)
                    ?? rankMembers(line, range: index, run) else { continue }
            checks.append(check)
        }
        return checks
    }
}
