/// word/document.xml: title, body blocks, signature and date, section settings.
extension DocxWriter {
    public func documentXML(for document: SummaryDocument) -> String {
        var x = XMLWriter(capacity: 16_384 + document.blocks.count * 512)
        x.element("w:document", ["xmlns:w": OOXML.w, "xmlns:r": OOXML.r]) { x in
            x.element("w:body") { x in
                x.newline()
                paragraph(&x, style: "Title", text: document.title)
                // §7.3.3/§7.3.4: the body starts one blank line below the title.
                paragraph(&x, style: nil, text: "")
                var numbering = OutlineNumbering()
                var tableNumber = 0
                for block in document.blocks {
                    switch block {
                    case .heading(let h):
                        paragraph(&x, style: "Heading\(h.level)", text: numbering.next(level: h.level) + h.text)
                    case .paragraph(let p):
                        x.element("w:p") { x in
                            for run in p.runs { self.run(&x, run.text) }
                        }
                        x.newline()
                    case .table(let t):
                        tableNumber += 1
                        table(&x, t, number: tableNumber)
                    }
                }
                closing(&x, signature: document.signature, date: document.date.chinese)
                sectionProperties(&x)
            }
        }
        return x.output
    }

    func paragraph(_ x: inout XMLWriter, style: String?, text: String) {
        x.element("w:p") { x in
            if let style { x.element("w:pPr") { $0.empty("w:pStyle", ["w:val": style]) } }
            if !text.isEmpty { run(&x, text) }
        }
        x.newline()
    }

    /// One run. The eastAsia hint makes Word set ambiguous characters such as
    /// “ ” — and … in the Chinese font, full width, as Chinese readers expect.
    /// Line breaks and tabs in user text become w:br / w:tab.
    func run(_ x: inout XMLWriter, _ text: String) {
        x.element("w:r") { x in
            x.element("w:rPr") { $0.empty("w:rFonts", ["w:hint": "eastAsia"]) }
            var first = true
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if !first { x.empty("w:br") }
                first = false
                var firstPiece = true
                for piece in line.split(separator: "\t", omittingEmptySubsequences: false) {
                    if !firstPiece { x.empty("w:tab") }
                    firstPiece = false
                    if !piece.isEmpty { x.element("w:t", ["xml:space": "preserve"], text: String(piece)) }
                }
            }
        }
    }

    /// GB/T 9704-2012 §7.3.5.2 (不加盖印章的公文): one blank line below the
    /// body, the unit's name 右空二字, the date on the next line starting two
    /// characters right of the name's first character; when the date is the
    /// longer, the date keeps 右空二字 and the name moves left instead.
    func closing(_ x: inout XMLWriter, signature: String, date: String) {
        let (signatureRight, dateRight) = Self.closingIndents(signature: signature, date: date)
        paragraph(&x, style: nil, text: "")
        for (text, indent) in [(signature, signatureRight), (date, dateRight)] {
            x.element("w:p") { x in
                x.element("w:pPr") { x in
                    x.empty("w:pStyle", ["w:val": "Closing"])
                    x.empty("w:ind", [
                        "w:rightChars": String(Int((indent * 100).rounded())),
                        "w:right": String(Int((indent * Double(layout.bodyCharWidth)).rounded())),
                    ])
                }
                run(&x, text)
            }
            x.newline()
        }
    }

    /// Right indents of signature and date, in body characters (a Latin
    /// digit counts half a character).
    static func closingIndents(signature: String, date: String) -> (signature: Double, date: Double) {
        let (ws, wd) = (characterWidth(signature), characterWidth(date))
        let dateRight = ws - wd
        return dateRight >= 2 ? (2, dateRight) : (wd + 4 - ws, 2)
    }

    static func characterWidth(_ s: String) -> Double {
        s.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
    }

    /// w:sectPr, children in schema order (CT_SectPr): footerReference…,
    /// pgSz, pgMar, pgNumType, cols, docGrid.
    func sectionProperties(_ x: inout XMLWriter) {
        let l = layout
        x.element("w:sectPr") { x in
            x.empty("w:footerReference", ["w:type": "default", "r:id": OOXML.oddFooterID])
            x.empty("w:footerReference", ["w:type": "even", "r:id": OOXML.evenFooterID])
            x.empty("w:pgSz", ["w:w": String(l.pageWidth), "w:h": String(l.pageHeight)])
            x.empty("w:pgMar", [
                "w:top": String(l.marginTop), "w:right": String(l.marginRight),
                "w:bottom": String(l.marginBottom), "w:left": String(l.marginLeft),
                "w:header": String(l.headerDistance), "w:footer": String(l.footerDistance), "w:gutter": "0",
            ])
            x.empty("w:pgNumType", ["w:start": "1"])
            x.empty("w:cols", ["w:space": "425"])
            // §5.2.2: 22 lines per page as a line grid; the 28 characters per
            // line come from the condensed body spacing (DocxLayout.characterSpacing).
            x.empty("w:docGrid", ["w:type": "lines", "w:linePitch": String(l.linePitch)])
        }
    }
}
