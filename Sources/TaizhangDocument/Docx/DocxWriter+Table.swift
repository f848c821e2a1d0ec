/// Ranking tables: caption, single-line borders, header row repeated on each page.
extension DocxWriter {
    func table(_ x: inout XMLWriter, _ t: Table, number: Int) {
        if let caption = t.caption {
            paragraph(&x, style: "TableCaption", text: "表\(number)　\(caption)")
        }
        let widths = columnWidths(t.header)
        let border: KeyValuePairs<String, String> = ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"]
        x.element("w:tbl") { x in
            // CT_TblPr order: tblW, jc, tblBorders, tblLayout, tblCellMar, tblLook.
            x.element("w:tblPr") { x in
                x.empty("w:tblW", ["w:w": String(widths.reduce(0, +)), "w:type": "dxa"])
                x.empty("w:jc", ["w:val": "center"])
                x.element("w:tblBorders") { x in
                    for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                        x.empty(side, border)
                    }
                }
                x.empty("w:tblLayout", ["w:type": "fixed"])
                x.element("w:tblCellMar") { x in
                    x.empty("w:left", ["w:w": "108", "w:type": "dxa"])
                    x.empty("w:right", ["w:w": "108", "w:type": "dxa"])
                }
                x.empty("w:tblLook", ["w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "1",
                                      "w:lastColumn": "0", "w:noHBand": "0", "w:noVBand": "1"])
            }
            x.element("w:tblGrid") { x in
                for w in widths { x.empty("w:gridCol", ["w:w": String(w)]) }
            }
            x.newline()
            row(&x, t.header.map { [Run.text($0)] }, widths: widths, header: true)
            for cells in t.rows { row(&x, cells, widths: widths, header: false) }
        }
        x.newline()
    }

    private func row(_ x: inout XMLWriter, _ cells: [[Run]], widths: [Int], header: Bool) {
        x.element("w:tr") { x in
            x.element("w:trPr") { x in
                x.empty("w:cantSplit")
                if header { x.empty("w:tblHeader") }
            }
            for (i, width) in widths.enumerated() {
                x.element("w:tc") { x in
                    x.element("w:tcPr") { x in
                        x.empty("w:tcW", ["w:w": String(width), "w:type": "dxa"])
                        x.empty("w:vAlign", ["w:val": "center"])
                    }
                    x.element("w:p") { x in
                        x.element("w:pPr") { $0.empty("w:pStyle", ["w:val": header ? "TableHeader" : "TableText"]) }
                        for run in i < cells.count ? cells[i] : [] { self.run(&x, run.text) }
                    }
                }
            }
        }
        x.newline()
    }

    /// Columns as wide as their headings (at least four characters), a narrow
    /// rank column, and the rest to the unit-name column; the total is the
    /// type width so the table sits inside the 版心.
    func columnWidths(_ header: [String]) -> [Int] {
        let total = layout.textWidth
        guard header.count > 1 else { return [total] }
        let char = layout.tableSize * 10
        let padding = 2 * 108 + char / 2
        var widths = header.map { max(Int(Self.characterWidth($0).rounded(.up)), 4) * char + padding }
        if header.first == "排名" { widths[0] = 3 * char + padding }
        let flexible = header.firstIndex(of: "单位") ?? (header.first == "排名" ? 1 : 0)
        let others = widths.enumerated().filter { $0.offset != flexible }.reduce(0) { $0 + $1.element }
        guard total - others >= widths[flexible] else {
            let each = total / header.count
            return Array(repeating: each, count: header.count - 1) + [total - each * (header.count - 1)]
        }
        widths[flexible] = total - others
        return widths
    }
}
