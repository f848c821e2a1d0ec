/// word/styles.xml. Element order inside w:pPr and w:rPr follows the schema
/// (CT_PPrBase: keepNext, widowControl, snapToGrid, spacing, ind, jc, outlineLvl;
/// CT_RPr: rFonts, b, bCs, spacing, kern, sz, szCs, lang) — Word rejects other orders.
extension DocxWriter {
    func stylesXML() -> String {
        let l = layout
        let f = l.fonts
        var x = XMLWriter(capacity: 8192)
        x.element("w:styles", ["xmlns:w": OOXML.w]) { x in
            x.element("w:docDefaults") { x in
                x.element("w:rPrDefault") { x in
                    x.element("w:rPr") { x in
                        fonts(&x, eastAsia: f.body, latin: f.latin)
                        x.empty("w:kern", ["w:val": "2"])
                        size(&x, l.bodySize)
                        x.empty("w:lang", ["w:val": "en-US", "w:eastAsia": "zh-CN", "w:bidi": "ar-SA"])
                    }
                }
                x.element("w:pPrDefault") { x in
                    x.element("w:pPr") { $0.empty("w:widowControl", ["w:val": "0"]) }
                }
            }
            // §7.3.5: body 3号仿宋, each paragraph 左空二字; the exact line pitch
            // realises §5.2.2's 22 lines per page.
            style(&x, id: "Normal", name: "Normal", basedOn: nil, isDefault: true) { x in
                x.element("w:pPr") { x in
                    bodySpacing(&x)
                    x.empty("w:ind", ["w:firstLineChars": "200", "w:firstLine": String(2 * l.bodyCharWidth)])
                    x.empty("w:jc", ["w:val": "both"])
                }
                x.element("w:rPr") { x in
                    fonts(&x, eastAsia: f.body, latin: f.latin)
                    x.empty("w:spacing", ["w:val": String(l.characterSpacing)])
                    size(&x, l.bodySize)
                    x.empty("w:lang", ["w:val": "en-US", "w:eastAsia": "zh-CN", "w:bidi": "ar-SA"])
                }
            }
            // §7.3.3: title 2号小标宋体, centred.
            style(&x, id: "Title", name: "Title", basedOn: "Normal") { x in
                x.element("w:pPr") { x in
                    noIndent(&x)
                    x.empty("w:jc", ["w:val": "center"])
                }
                x.element("w:rPr") { x in
                    fonts(&x, eastAsia: f.title, latin: f.latin)
                    notBold(&x)
                    size(&x, l.titleSize)
                }
            }
            // §7.3.5: 第一层用黑体字、第二层用楷体字、第三层和第四层用仿宋体字.
            for (level, font) in [(1, f.heading1), (2, f.heading2), (3, f.body), (4, f.body)] {
                style(&x, id: "Heading\(level)", name: "heading \(level)", basedOn: "Normal") { x in
                    x.element("w:pPr") { x in
                        if level <= 2 { x.empty("w:keepNext") }
                        x.empty("w:outlineLvl", ["w:val": String(level - 1)])
                    }
                    x.element("w:rPr") { x in
                        fonts(&x, eastAsia: font, latin: f.latin)
                        notBold(&x)
                        size(&x, l.bodySize)
                    }
                }
            }
            style(&x, id: "Closing", name: "Closing", basedOn: "Normal") { x in
                x.element("w:pPr") { x in
                    noIndent(&x)
                    x.empty("w:jc", ["w:val": "right"])
                }
            }
            tableStyles(&x)
            // §7.5: 4号半角宋体 page numbers.
            style(&x, id: "Footer", name: "footer", basedOn: "Normal") { x in
                x.element("w:pPr") { x in
                    x.empty("w:snapToGrid", ["w:val": "0"])
                    x.empty("w:spacing", ["w:line": "240", "w:lineRule": "auto"])
                    noIndent(&x)
                }
                x.element("w:rPr") { x in
                    fonts(&x, eastAsia: f.pageNumber, latin: f.pageNumber)
                    size(&x, l.pageNumberSize)
                }
            }
        }
        return x.output
    }

    private func tableStyles(_ x: inout XMLWriter) {
        let l = layout
        style(&x, id: "TableCaption", name: "Table Caption", basedOn: "Normal") { x in
            x.element("w:pPr") { x in
                x.empty("w:keepNext")
                noIndent(&x)
                x.empty("w:jc", ["w:val": "center"])
            }
            x.element("w:rPr") { fonts(&$0, eastAsia: l.fonts.heading1, latin: l.fonts.latin) }
        }
        for (id, font) in [("TableText", l.fonts.body), ("TableHeader", l.fonts.heading1)] {
            style(&x, id: id, name: id == "TableText" ? "Table Text" : "Table Header", basedOn: "Normal") { x in
                x.element("w:pPr") { x in
                    x.empty("w:snapToGrid", ["w:val": "0"])
                    x.empty("w:spacing", ["w:before": "60", "w:after": "60", "w:line": "240", "w:lineRule": "auto"])
                    noIndent(&x)
                    x.empty("w:jc", ["w:val": "center"])
                }
                x.element("w:rPr") { x in
                    fonts(&x, eastAsia: font, latin: l.fonts.latin)
                    size(&x, l.tableSize)
                }
            }
        }
    }

    private func style(
        _ x: inout XMLWriter, id: String, name: String, basedOn: String?, isDefault: Bool = false,
        _ body: (inout XMLWriter) -> Void
    ) {
        let attributes: KeyValuePairs<String, String> = isDefault
            ? ["w:type": "paragraph", "w:default": "1", "w:styleId": id]
            : ["w:type": "paragraph", "w:styleId": id]
        x.element("w:style", attributes) { x in
            x.empty("w:name", ["w:val": name])
            if let basedOn { x.empty("w:basedOn", ["w:val": basedOn]) }
            if basedOn != nil { x.empty("w:next", ["w:val": "Normal"]) }
            x.empty("w:qFormat")
            body(&x)
        }
    }

    /// Latin text and digits in `latin`, Chinese in `eastAsia`; the hint tells
    /// Word that shared punctuation belongs to the Chinese font.
    func fonts(_ x: inout XMLWriter, eastAsia: String, latin: String) {
        x.empty("w:rFonts", ["w:ascii": latin, "w:eastAsia": eastAsia, "w:hAnsi": latin, "w:cs": latin, "w:hint": "eastAsia"])
    }

    private func size(_ x: inout XMLWriter, _ halfPoints: Int) {
        x.empty("w:sz", ["w:val": String(halfPoints)])
        x.empty("w:szCs", ["w:val": String(halfPoints)])
    }

    private func notBold(_ x: inout XMLWriter) {
        x.empty("w:b", ["w:val": "0"])
        x.empty("w:bCs", ["w:val": "0"])
    }

    private func noIndent(_ x: inout XMLWriter) {
        x.empty("w:ind", ["w:firstLineChars": "0", "w:firstLine": "0"])
    }

    private func bodySpacing(_ x: inout XMLWriter) {
        x.empty("w:spacing", ["w:line": String(layout.linePitch), "w:lineRule": "exact"])
    }
}
