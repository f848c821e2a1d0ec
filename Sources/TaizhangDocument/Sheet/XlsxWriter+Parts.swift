/// The workbook's parts besides the sheets: package plumbing, workbook, styles.
extension XlsxWriter {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml."

    func contentTypesXML(sheets: Int) -> String {
        OOXML.contentTypesXML(overrides: [("/xl/workbook.xml", Self.sheetType + "sheet.main+xml"), ("/xl/styles.xml", Self.sheetType + "styles+xml")]
            + (1...sheets).map { ("/xl/worksheets/sheet\($0).xml", Self.sheetType + "worksheet+xml") })
    }

    func packageRelsXML() -> String { OOXML.packageRelsXML(main: "xl/workbook.xml") }

    func workbookXML(_ names: [String]) -> String {
        var x = XMLWriter()
        x.element("workbook", ["xmlns": Self.main, "xmlns:r": OOXML.r]) { x in
            x.element("sheets") { x in
                for (i, name) in names.enumerated() {
                    x.empty("sheet", ["name": name, "sheetId": String(i + 1), "r:id": "rId\(i + 1)"])
                }
            }
        }
        return x.output
    }

    func workbookRelsXML(sheets: Int) -> String {
        var x = XMLWriter()
        x.element("Relationships", ["xmlns": OOXML.packageRels]) { x in
            for i in 1...sheets {
                x.empty("Relationship", ["Id": "rId\(i)", "Type": OOXML.relType + "worksheet", "Target": "worksheets/sheet\(i).xml"])
            }
            x.empty("Relationship", ["Id": "rId\(sheets + 1)", "Type": OOXML.relType + "styles", "Target": "styles.xml"])
        }
        return x.output
    }

    func coreXML() -> String {
        let stamp = date.iso + "T00:00:00Z"
        var x = XMLWriter()
        x.element("cp:coreProperties", [
            "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/", "xmlns:dcterms": "http://purl.org/dc/terms/",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        ]) { x in
            x.element("dc:title", text: title)
            x.element("dc:creator", text: author)
            x.element("dc:language", text: "zh-CN")
            x.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: stamp)
            x.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: stamp)
        }
        return x.output
    }

    func appXML() -> String {
        var x = XMLWriter()
        x.element("Properties", ["xmlns": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"]) { x in
            x.element("Application", text: "Taizhang")
        }
        return x.output
    }

    /// Cell styles by index: 0 plain, 1 header (bold, grey fill, bottom border),
    /// 2 date (yyyy-mm-dd), 3 share (0.0%), 4 wrapped text. Fonts: 等线 like WPS/Excel's Chinese default.
    enum Style: Int { case plain = 0, header, date, percent }

    static let stylesXML = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="\(main)"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>\
    <fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>\
    <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>\
    <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
    <cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>
    """
}
