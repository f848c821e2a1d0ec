/// word/settings.xml and the two footers.
extension DocxWriter {
    /// CT_Settings order: zoom, defaultTabStop, evenAndOddHeaders,
    /// characterSpacingControl, compat, themeFontLang.
    func settingsXML() -> String {
        var x = XMLWriter()
        x.element("w:settings", ["xmlns:w": OOXML.w]) { x in
            x.empty("w:zoom", ["w:percent": "100"])
            x.empty("w:defaultTabStop", ["w:val": String(layout.bodyCharWidth * 2)])
            // §7.5: odd and even pages number on different sides.
            x.empty("w:evenAndOddHeaders")
            x.empty("w:characterSpacingControl", ["w:val": "compressPunctuation"])
            x.element("w:compat") { x in
                x.empty("w:compatSetting", [
                    "w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": "15",
                ])
            }
            x.empty("w:themeFontLang", ["w:val": "en-US", "w:eastAsia": "zh-CN"])
        }
        return x.output
    }

    /// GB/T 9704-2012 §7.5: "— 1 —", 4号半角宋体; 单页码居右空一字，双页码居左空一字.
    /// The odd footer is the default one; settings.xml enables the even one.
    func footerXML(odd: Bool) -> String {
        let oneChar = String(layout.pageNumberSize * 10)
        var x = XMLWriter()
        x.element("w:ftr", ["xmlns:w": OOXML.w, "xmlns:r": OOXML.r]) { x in
            x.element("w:p") { x in
                x.element("w:pPr") { x in
                    x.empty("w:pStyle", ["w:val": "Footer"])
                    x.empty("w:ind", odd ? ["w:right": oneChar] : ["w:left": oneChar])
                    x.empty("w:jc", ["w:val": odd ? "right" : "left"])
                }
                footerRun(&x) { $0.element("w:t", ["xml:space": "preserve"], text: "— ") }
                footerRun(&x) { $0.empty("w:fldChar", ["w:fldCharType": "begin"]) }
                footerRun(&x) { $0.element("w:instrText", ["xml:space": "preserve"], text: " PAGE ") }
                footerRun(&x) { $0.empty("w:fldChar", ["w:fldCharType": "separate"]) }
                footerRun(&x) { $0.element("w:t", text: "1") }
                footerRun(&x) { $0.empty("w:fldChar", ["w:fldCharType": "end"]) }
                footerRun(&x) { $0.element("w:t", ["xml:space": "preserve"], text: " —") }
            }
        }
        return x.output
    }

    private func footerRun(_ x: inout XMLWriter, _ body: (inout XMLWriter) -> Void) {
        let font = layout.fonts.pageNumber
        x.element("w:r") { x in
            x.element("w:rPr") { x in
                x.empty("w:rFonts", ["w:ascii": font, "w:eastAsia": font, "w:hAnsi": font, "w:hint": "eastAsia"])
                x.empty("w:sz", ["w:val": String(layout.pageNumberSize)])
                x.empty("w:szCs", ["w:val": String(layout.pageNumberSize)])
            }
            body(&x)
        }
    }
}
