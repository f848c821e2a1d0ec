/// A table the document itself holds, set as rows of cells split by bars (issue #14,
/// sixteenth pass). Blog and Q&A platforms render a table as text rows (项目 | 完成率 |)
/// under a separator row of dashes (---|---|); a page sets its own details in bars too
/// (索引号: | …, | 发布机构 | 县政府 |), but those are keys and values, not figures. So a bar
/// row without a key's colon is the document's when it follows a separator row, or when
/// one of its cells holds a quantity (100%, 382份) and none opens with a page's key.
extension BoilerplateRule {
    static func isBar(_ scalar: UInt32) -> Bool { scalar == 0x7C || scalar == 0xFF5C || scalar == 0x2502 }

    /// ---|---|, |:---|---:|: dashes, colons, spaces and at least two bars, nothing else.
    static func tableSeparator(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var bars = 0, dashes = 0
        for index in start..<end {
            let scalar = line[index]
            if isBar(scalar) { bars += 1 } else if scalar == U.hyphen { dashes += 1 } else if scalar != U.colon,
                !line.cls(index).contains(.space) { return false }
        }
        return bars >= 2 && dashes >= 3
    }

    /// A row of at least two bars, no colon, a cell with a figure (digits, then % or a
    /// measure word other than 年) and no cell opening with a page's metadata key.
    static func dataRow(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var bars = 0, figure = false, cellStart = true
        for index in start..<end {
            let scalar = line[index]
            if scalar == U.colon { return false }
            if isBar(scalar) { bars += 1; cellStart = true; continue }
            if line.cls(index).contains(.space) { continue }
            if cellStart, WebChrome.metadataKeys.prefix(in: line.norm, at: index) > 0 { return false }
            cellStart = false
            let next = index + 1
            if line.cls(index).contains(.digit), !line.cls(next).contains(.digit), line[next] != U.dot,
               line[next] == 0x25 || line[next] == 0x2030
                || Vocabulary.units.prefix(in: line.norm, at: next) > 0 && line[next] != U.s("年") { figure = true }
        }
        return bars >= 2 && figure
    }

    /// The document's table row (see above); `inTable` is the state after a separator row,
    /// `inBody` that the line follows a line of the text (not of the page).
    static func documentTableRow(_ line: LineText, _ start: Int, _ end: Int, inTable: Bool, inBody: Bool) -> Bool {
        guard !line.contains(scalar: U.colon), (start..<end).contains(where: { isBar(line[$0]) }) else { return false }
        return inTable || dataRow(line, start, end) || inBody && header(line, start, end)
    }

    /// 项目阶段 | 完成率 | 关键指标 |: the header above the separator (read before it): a
    /// markdown row closed by its bar, at least two cells of two to ten letters, none of
    /// them a page's word (首页, 联系我们, 索引号 …). A page's link row stands above the text
    /// or in its footer and names the site's pages; a header names what the table counts.
    static func header(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard isBar(line[end - 1]) else { return false }
        var cells = 0, index = start
        while index < end {
            while index < end, line.cls(index).contains(.space) || isBar(line[index]) { index += 1 }
            guard index < end else { break }
            let cell = index
            while index < end, line.cls(index).contains(.ideograph) { index += 1 }
            guard index - cell >= 2, index - cell <= 10 else { return false }
            while index < end, line.cls(index).contains(.space) { index += 1 }
            guard index < end, isBar(line[index]) else { return false }
            let chrome = (cell..<index).contains { strong.prefix(in: line.norm, at: $0) > 0 || shortOnly.prefix(in: line.norm, at: $0) > 0 }
            if chrome || WebChrome.metadataKeys.prefix(in: line.norm, at: cell) > 0
                || WebChrome.labels.contains(Array(line.norm[cell..<index])) { return false }
            cells += 1
        }
        return cells >= 2
    }
}
