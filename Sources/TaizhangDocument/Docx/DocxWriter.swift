import Foundation
import ZIPFoundation

/// Writes a `SummaryDocument` as a .docx laid out per GB/T 9704-2012.
///
/// The package is assembled in memory with ZIPFoundation. Parts are written
/// in a fixed order with a fixed timestamp (the document's date), so the same
/// document always gives the same bytes.
public struct DocxWriter: Sendable {
    public var layout: DocxLayout

    public init(layout: DocxLayout = .gbt9704) {
        self.layout = layout
    }

    /// The .docx file's bytes.
    public func data(for document: SummaryDocument) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Self.timestamp(document.date)
        for (path, xml) in parts(for: document) {
            let bytes = Data(xml.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw DocxError.archiveUnavailable }
        return data
    }

    /// Every part of the package as (path, XML), [Content_Types].xml first.
    public func parts(for document: SummaryDocument) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypesXML()),
            ("_rels/.rels", packageRelsXML()),
            ("docProps/core.xml", coreXML(document)),
            ("docProps/app.xml", appXML(document)),
            ("word/document.xml", documentXML(for: document)),
            ("word/_rels/document.xml.rels", documentRelsXML()),
            ("word/styles.xml", stylesXML()),
            ("word/settings.xml", settingsXML()),
            ("word/fontTable.xml", fontTableXML()),
            ("word/footer1.xml", footerXML(odd: true)),
            ("word/footer2.xml", footerXML(odd: false)),
        ]
    }

    private static func timestamp(_ d: DocDate) -> Date {
        var components = DateComponents()
        (components.year, components.month, components.day) = (d.year, d.month, d.day)
        components.hour = 12
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }
}

public enum DocxError: Error, Sendable {
    case archiveUnavailable
}
