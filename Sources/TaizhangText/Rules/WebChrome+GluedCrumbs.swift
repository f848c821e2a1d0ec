/// A breadcrumb whose separators the page dropped (issue #14, sixteenth pass): a mobile
/// page sets 总结网 › 工作总结 › 年度工作总结 › 内容页 as one run of letters. Its shape: a
/// site's name at the line's start (two to six letters ending in 网 or 文库), then columns
/// with a report word (总结, 报告 …) or 首页, and the page's own kind last (内容页, 正文,
/// 详情页). Letters only — a heading or sentence has a marker, punctuation or a digit —
/// and a title never names the kind of page it stands on.
extension WebChrome {
    static let pageKinds = Lexicon(["内容页", "正文页", "详情页", "正文", "详情"])
    static let siteNameEnds = Lexicon(["网", "文库"])

    static func gluedBreadcrumb(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 8, end - start <= 40, (start..<end).allSatisfy({ line.cls($0).contains(.ideograph) }) else { return false }
        let kind = pageKinds.suffix(in: line.norm, endingAt: end)
        guard kind > 0 else { return false }
        for nameEnd in (start + 3)...min(end - kind - 2, start + 7)
        where siteNameEnds.suffix(in: line.norm, endingAt: nameEnd) > 0 {
            let columns = nameEnd..<(end - kind)
            if columns.contains(where: { TitleRepeats.titleWords.prefix(in: line.norm, at: $0) > 0 })
                || line.contains(homeWord, in: columns) { return true }
        }
        return false
    }
}
