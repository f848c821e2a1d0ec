/// One worksheet: column widths, the frozen header with a filter, typed cells.
extension XlsxWriter {
    func sheetXML(_ t: SheetTable) -> String {
        var x = XMLWriter(capacity: 256 + t.rows.count * max(1, t.columns.count) * 24)
        let width = max(t.columns.count, t.rows.map(\.count).max() ?? 0)
        let last = width == 0 ? "A1" : Self.columnName(width - 1) + String(t.rows.count + 1)
        x.element("worksheet", ["xmlns": Self.main, "xmlns:r": OOXML.r]) { x in
            x.empty("dimension", ["ref": "A1:" + last])
            x.element("sheetViews") { x in
                x.element("sheetView", ["workbookViewId": "0"]) { x in
                    if !t.columns.isEmpty { x.empty("pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"]) }
                }
            }
            x.empty("sheetFormatPr", ["defaultRowHeight": "15"])
            if !t.columns.isEmpty {
                x.element("cols") { x in
                    for (i, c) in t.columns.enumerated() {
                        x.empty("col", ["min": String(i + 1), "max": String(i + 1), "width": String(c.width), "customWidth": "1"])
                    }
                }
            }
            x.element("sheetData") { x in
                var r = 1
                if !t.columns.isEmpty {
                    row(&x, r, t.columns.map { .text($0.title) }, style: .header)
                    r += 1
                }
                for values in t.rows {
                    row(&x, r, values, style: nil)
                    r += 1
                }
            }
            if !t.columns.isEmpty && !t.rows.isEmpty { x.empty("autoFilter", ["ref": "A1:" + last]) }
        }
        return x.output
    }

    private func row(_ x: inout XMLWriter, _ r: Int, _ values: [SheetValue], style: Style?) {
        x.element("row", ["r": String(r)]) { x in
            for (i, v) in values.enumerated() {
                let ref = Self.columnName(i) + String(r)
                switch v {
                case .empty:
                    if let style { x.empty("c", ["r": ref, "s": String(style.rawValue)]) }
                case .text(let s):
                    // Inline strings: a cell's text is data, never a formula.
                    if let style {
                        x.element("c", ["r": ref, "s": String(style.rawValue), "t": "inlineStr"]) { x in inline(&x, s) }
                    } else {
                        x.element("c", ["r": ref, "t": "inlineStr"]) { x in inline(&x, s) }
                    }
                case .number(let n) where !n.isFinite, .percent(let n) where !n.isFinite:
                    continue
                case .number(let n):
                    x.element("c", ["r": ref]) { x in x.element("v", text: SheetValue.numberText(n)) }
                case .date(let d):
                    x.element("c", ["r": ref, "s": String(Style.date.rawValue)]) { x in x.element("v", text: String(Self.serial(d))) }
                case .percent(let p):
                    x.element("c", ["r": ref, "s": String(Style.percent.rawValue)]) { x in x.element("v", text: String(p)) }
                }
            }
        }
    }

    private func inline(_ x: inout XMLWriter, _ s: String) {
        x.element("is") { x in
            // Leading or trailing spaces are kept only with xml:space.
            if s.first == " " || s.last == " " || s.contains("\n") {
                x.element("t", ["xml:space": "preserve"], text: s)
            } else {
                x.element("t", text: s)
            }
        }
    }
}
