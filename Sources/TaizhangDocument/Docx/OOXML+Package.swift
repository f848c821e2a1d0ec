import Foundation
import TaizhangDomain
import ZIPFoundation

/// What a .docx and an .xlsx package share: the zip itself, `[Content_Types].xml` and the
/// package relationships (main part, core and app properties).
extension OOXML {
    /// The package's bytes: `parts` in order, deflated, each stamped at noon UTC of `date`,
    /// so the same input always gives the same bytes.
    static func package(_ parts: [(path: String, xml: String)], date: DocDate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let stamp = Date(timeIntervalSince1970: TimeInterval(date.civil.dayNumber * 86_400 + 12 * 3600))
        for (path, xml) in parts {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: stamp,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw DocxError.archiveUnavailable }
        return data
    }

    /// `[Content_Types].xml`: the format's own parts (`overrides`, in order), then the
    /// document properties every package has.
    static func contentTypesXML(overrides: [(part: String, type: String)]) -> String {
        var x = XMLWriter()
        x.element("Types", ["xmlns": contentTypes]) { x in
            x.empty("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            x.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
            for o in overrides { x.empty("Override", ["PartName": o.part, "ContentType": o.type]) }
            x.empty("Override", ["PartName": "/docProps/core.xml", "ContentType": "application/vnd.openxmlformats-package.core-properties+xml"])
            x.empty("Override", ["PartName": "/docProps/app.xml", "ContentType": "application/vnd.openxmlformats-officedocument.extended-properties+xml"])
        }
        return x.output
    }

    /// `_rels/.rels`: the main part (`word/document.xml`, `xl/workbook.xml`) and the properties.
    static func packageRelsXML(main: String) -> String {
        var x = XMLWriter()
        x.element("Relationships", ["xmlns": packageRels]) { x in
            x.empty("Relationship", ["Id": "rId1", "Type": relType + "officeDocument", "Target": main])
            x.empty("Relationship", ["Id": "rId2", "Type": coreRel, "Target": "docProps/core.xml"])
            x.empty("Relationship", ["Id": "rId3", "Type": relType + "extended-properties", "Target": "docProps/app.xml"])
        }
        return x.output
    }
}
