/// Rows of an open-government page's metadata table whose keys and values the page sets apart
/// by spaces instead of colons (eighth pass, chrome6):
///   索引号 MB1670946/2023-00023 生成日期 2023-01-17 公开日期 2023-01-17
///   文件编号 发布机构 某某街道办事处 效力状况 有效
///   内容概述 某某街道2022年工作总结
/// A row opens with a key of page metadata (`metadataKeys`, at the start or the end of a
/// space-separated word: 文件编号, 公开日期) and holds a second key; or it is a key of three
/// letters or more and one value (内容概述 …, 信息来源 …). Short lines without a sentence end
/// only (the caller's guard); not an outline heading; a word of a sentence (时间节点 安排…) is no
/// key: every key word is at most six letters and stands alone between spaces.
extension WebChrome {
    static func spacedMetadata(_ line: LineText, _ start: Int, _ end: Int) -> (String, String)? {
        guard HeadingParser.parse(line) == nil, line.mask.contains(.space) || line.mask.contains(.digit) else { return nil }
        // Words: runs of letters (brackets allowed) and runs of anything else (ids, dates), split
        // at spaces — the analysis form drops a space next to a digit (索引号 MB…/2023 生成日期).
        // Counted as they pass, without storing them.
        let wordish = { (i: Int) in line.cls(i).contains(.ideograph) || line[i] == U.lparen || line[i] == U.rparen }
        var first: Range<Int>?
        var keys = 0
        var index = start, from = start
        while index <= end {
            let boundary = index == end || line.cls(index).contains(.space) || index > from && wordish(index) != wordish(index - 1)
            if boundary {
                if index > from {
                    let word = from..<index
                    let key = isKey(line, word)
                    if first == nil {
                        guard key else { return nil }
                        first = word
                    }
                    if key { keys += 1 }
                }
                from = line.cls(index).contains(.space) ? index + 1 : index
            }
            index += 1
        }
        guard let first else { return nil }
        if keys >= 2 { return ("网页残留:信息公开元数据", "Web residue: the page's open-government details") }
        let firstKey = max(metadataKeys.prefix(in: line.norm, at: first.lowerBound), metadataKeys.suffix(in: line.norm, endingAt: first.upperBound))
        if firstKey >= 3, firstKey == first.count, line.cls(first.upperBound).contains(.space), end - first.upperBound <= 41,
           !line.mask.contains(.clauseBreak) {
            return ("网页残留:信息公开元数据", "Web residue: the page's open-government details")
        }
        return nil
    }

    /// A word of 2–6 letters (a bracket allowed: 主题(一级)) that begins or ends with a key.
    private static func isKey(_ line: LineText, _ word: Range<Int>) -> Bool {
        guard word.count >= 2, word.count <= 6, !(word).contains(where: { line.cls($0).contains(.digit) }) else { return false }
        let head = metadataKeys.prefix(in: line.norm, at: word.lowerBound)
        if head >= 2, head <= word.count { return true }
        let tail = metadataKeys.suffix(in: line.norm, endingAt: word.upperBound)
        return tail >= 2 && tail <= word.count
    }
}
