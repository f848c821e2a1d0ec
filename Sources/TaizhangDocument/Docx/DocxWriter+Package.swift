/// Package plumbing: content types, relationships and document properties.
extension DocxWriter {
    func contentTypesXML() -> String {
        OOXML.contentTypesXML(overrides: [("/word/document.xml", OOXML.mainType + "document.main+xml")]
            + OOXML.wordParts.map { ("/" + $0.path, OOXML.mainType + $0.type) })
    }

    func packageRelsXML() -> String { OOXML.packageRelsXML(main: "word/document.xml") }

    func documentRelsXML() -> String {
        var x = XMLWriter()
        x.element("Relationships", ["xmlns": OOXML.packageRels]) { x in
            for part in OOXML.wordParts {
                let target = String(part.path.dropFirst("word/".count))
                x.empty("Relationship", ["Id": part.id, "Type": OOXML.relType + part.rel, "Target": target])
            }
        }
        return x.output
    }

    func coreXML(_ document: SummaryDocument) -> String {
        let stamp = document.date.iso + "T00:00:00Z"
        var x = XMLWriter()
        x.element("cp:coreProperties", [
            "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
            "xmlns:dcterms": "http://purl.org/dc/terms/",
            "xmlns:dcmitype": "http://purl.org/dc/dcmitype/",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        ]) { x in
            x.element("dc:title", text: document.title)
            x.element("dc:creator", text: document.signature)
            x.element("cp:lastModifiedBy", text: "Taizhang")
            x.element("dc:language", text: "zh-CN")
            x.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: stamp)
            x.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: stamp)
        }
        return x.output
    }

    func appXML(_ document: SummaryDocument) -> String {
        var x = XMLWriter()
        x.element("Properties", [
            "xmlns": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
            "xmlns:vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
        ]) { x in
            x.element("Application", text: "Taizhang")
            x.element("DocSecurity", text: "0")
            x.element("Company", text: document.signature)
        }
        return x.output
    }
}
