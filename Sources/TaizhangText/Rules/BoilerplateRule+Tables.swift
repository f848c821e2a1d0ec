/// A table the document itself holds, set as rows of cells split by bars (issue #14,
/// sixteenth pass). Blog and Q&A platforms render a table as text rows (项目 | 完成率 |)
/// under a separator row of dashes (---|---|); a page sets its own details in bars too
/// (索引号: | …, | 发布机构 | 县政府 |, 2023-07-13 | 阅读 235次 | 评论 3条), figures included,
/// so a figure in a cell proves nothing. The separator row does: the rows under it, up to a
/// line without bars, are the document's — unless a cell speaks of the page (a key's colon,
/// a word of the site's chrome, a metadata key). The header above the separator is read
/// before the separator is seen and stays reported (a line is judged once, in order).
extension BoilerplateRule {
    static func isBar(_ scalar: UInt32) -> Bool { scalar == 0x7C || scalar == 0xFF5C || scalar == 0x2502 }

    /// Whether a bar stands in `start..<end`: from the line's triggers when it holds none (most
    /// lines; the scan ran for every line), by a scan otherwise.
    static func holdsBar(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        line.mayHaveBars && (start..<end).contains(where: { isBar(line[$0]) })
    }

    /// ---|---|, |:---|---:|: dashes, colons, spaces and at least two bars, nothing else.
    static func tableSeparator(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        // Asked of every line; most hold no bar (the triggers say so without a scan).
        guard line.mayHaveBars else { return false }
        var bars = 0, dashes = 0
        for index in start..<end {
            let scalar = line[index]
            if isBar(scalar) { bars += 1 } else if scalar == U.hyphen { dashes += 1 } else if scalar != U.colon,
                !line.cls(index).contains(.space) { return false }
        }
        return bars >= 2 && dashes >= 3
    }

    /// A bar row under a separator row (`inTable`) whose cells say nothing of the page.
    static func documentTableRow(_ line: LineText, _ start: Int, _ end: Int, inTable: Bool) -> Bool {
        guard inTable, line.mayHaveBars, !line.contains(scalar: U.colon), holdsBar(line, start, end) else { return false }
        var cellStart = true
        for index in start..<end {
            if isBar(line[index]) { cellStart = true; continue }
            if line.cls(index).contains(.space) { continue }
            if cellStart, WebChrome.metadataKeys.prefix(in: line.norm, at: index) > 0 { return false }
            cellStart = false
            if strong.prefix(in: line.norm, at: index) > 0 || shortOnly.prefix(in: line.norm, at: index) > 0 { return false }
        }
        return true
    }
}

/// A table the document sets without a separator row (chrome16): the bar rows of the open-
/// government annual report (第二十条第(一)项 | |||, 信息内容 | 本年制发件数 | …, 规章 | 0 | 0 | 0 |)
/// and of any report flattened from a page. A page's detail row (2023-07-13 | 阅读 235次) stands
/// above the body or below its last paragraph; a row the document's own heading or its own
/// lead-in (…情况如下:) introduces, once the body started, is the document's table.
extension BoilerplateRule {
    /// An outline heading's shape (opens on a numeral, a bracket or 第; short; no sentence end)
    /// or a lead-in ending on a colon: a line that may introduce the document's own table.
    static func introducesTable(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        if line[end - 1] == U.colon { return end - start >= 4 }
        guard end - start <= 40, !line.mask.contains(.sentenceEnd) else { return false }
        let first = line.cls(start)
        return first.contains(.digit) || first.contains(.cjkNumeral) || line[start] == U.lparen || line[start] == U.s("第")
    }
}
