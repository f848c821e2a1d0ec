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

    /// The document's table row (see above); `inTable` is the state after a separator row.
    static func documentTableRow(_ line: LineText, _ start: Int, _ end: Int, inTable: Bool) -> Bool {
        guard !line.contains(scalar: U.colon), (start..<end).contains(where: { isBar(line[$0]) }) else { return false }
        return inTable || dataRow(line, start, end)
    }
}
