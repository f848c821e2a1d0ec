/// A table's header row, read before the separator row under it (twenty-sixth pass, chrome20).
/// A row of bars is page details when its cells are a page's keys and values (索引号: | …,
/// 2023-07-13 | 阅读 235次) or a navigation bar (首页 | 新闻中心 | 在线留言); the document's table
/// heads its columns with the measures its rows hold (项目阶段 | 完成率 | 关键指标 |, p19;
/// 館藏項目\統計狀況 | 四月份新增 | 本年度新增纍計 | 現有館藏總計, a library's monthly table) — the
/// header is read before its separator, so `documentTableRow` cannot spare it. The grammar of a
/// column's name: a noun of measure closing it (率 rate, 数 number, 量 amount, 额 sum, 计 total,
/// 值 value, 比/重 share, 标 indicator), or a corner cell split by a backslash (项目\统计状况, the
/// diagonal header of a Chinese table). A page's counter row names its counters by metadata keys
/// (浏览次数 | 评论数), which keep the row page details; a header row holds no figure, no colon.
extension BoilerplateRule {
    static let measureNouns = ScalarSet("率数量额计值比重标".unicodeScalars.map(\.value))
    static let backslash = UInt32(0x5C)

    static func measureHeaderRow(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line.mayHaveBars, end - start <= 80, !line.mask.contains(.digit), !line.contains(scalar: U.colon),
              !line.contains(scalar: U.ideoStop) else { return false }
        var cells = 0, measures = 0, corner = false, cellStart = -1, last = -1
        func close() {
            guard cellStart >= 0, last >= cellStart else { return }
            cells += 1
            if measureNouns.contains(line[last]) { measures += 1 }
        }
        for index in start..<end {
            let scalar = line[index]
            if isBar(scalar) { close(); cellStart = -1; last = -1; continue }
            if line.cls(index).contains(.space) { continue }
            if cellStart < 0 {
                cellStart = index
                if WebChrome.metadataKeys.prefix(in: line.norm, at: index) > 0 { return false }
            }
            if scalar == backslash, cells == 0, index > cellStart, line.cls(index - 1).contains(.ideograph),
               index + 1 < end, line.cls(index + 1).contains(.ideograph) { corner = true }
            guard line.cls(index).contains(.ideograph) || scalar == backslash || scalar == U.lparen || scalar == U.rparen else { return false }
            if line.cls(index).contains(.ideograph) { last = index }
        }
        close()
        return cells >= 3 && (measures >= 2 || corner)
    }
}
