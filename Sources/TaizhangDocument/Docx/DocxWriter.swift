import Foundation

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
        try OOXML.package(parts(for: document), date: document.date)
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
}

public enum DocxError: Error, Sendable {
    case archiveUnavailable
}
