/// Data above the body (sixteenth pass, chrome7): a table's header set one cell per line
/// (序号 / 具体工作及目标要求 / 完成情况 / 是否完成 / 1 / …) or a newspaper graphic's caption and
/// figures (全省地方 / 一般公共预算收入 / 479.89亿元 同比增长45.8%) stand where a page's short
/// lines stand, before any sentence. A page's chrome measures nothing in yuan or per cent —
/// its figures are dates, counts of views and file sizes — so a line with such a figure, or a
/// figure alone in its cell, is the document's data, and the short cells held right above it
/// are its header or caption.
extension HeadChrome {
    /// A figure alone (a row's number, 12, 85%, 3.5万元) or a line holding a measured figure.
    static func isData(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        FooterRun.figure(line, start, end) || measuredFigure(line, start, end)
    }

    /// A figure in per cent or in yuan (45.8%, 479.89亿元, 3万元): a measure of the document.
    static func measuredFigure(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line.mask.contains(.digit) else { return false }
        for index in start..<end where line.cls(index).contains(.digit) && !line.cls(index + 1).contains(.digit) {
            var unit = index + 1
            if line[unit] == U.dot, line.cls(unit + 1).contains(.digit) { continue }
            if line[unit] == U.percent || line[unit] == U.s("元") { return true }
            while unit < end, unit - index <= 2, magnitudes.contains(line[unit]) { unit += 1 }
            if unit > index + 1, line[unit] == U.s("元") { return true }
        }
        return false
    }

    static let magnitudes = ScalarSet("十百千万亿".unicodeScalars.map(\.value))

    /// A table's header cell: a few letters (up to 12), no space, no digit.
    static func isCell(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        end - start <= 12 && !(start..<end).contains { line.cls($0).contains(.space) || line.cls($0).contains(.digit) }
    }

    /// Report genres that `TitleRepeats.titleWords` leaves out (…工作情况通报, …统计公报): with a
    /// date or period (a digit and 年 or 月) the line is the document's title; a site's column of
    /// the same name (政府公报) carries no date.
    static let genres = Lexicon(["通报", "公报", "简报", "专报", "快报", "综述"])

    static func datedGenre(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line.mask.contains(.digit), line.contains(scalar: U.s("年")) || line.contains(scalar: U.s("月")) else { return false }
        return (start..<end).contains { genres.prefix(in: line.norm, at: $0) > 0 }
    }
}
