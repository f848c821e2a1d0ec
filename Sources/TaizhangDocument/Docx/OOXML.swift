/// Namespace and relationship-type constants of the OOXML package.
enum OOXML {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRels = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let coreRel = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    static let mainType = "application/vnd.openxmlformats-officedocument.wordprocessingml."

    /// Word-processing parts: (path in package, content type suffix, relationship id, relationship type).
    static let wordParts: [(path: String, type: String, id: String, rel: String)] = [
        ("word/styles.xml", "styles+xml", "rId1", "styles"),
        ("word/settings.xml", "settings+xml", "rId2", "settings"),
        ("word/fontTable.xml", "fontTable+xml", "rId3", "fontTable"),
        ("word/footer1.xml", "footer+xml", "rId4", "footer"),
        ("word/footer2.xml", "footer+xml", "rId5", "footer"),
    ]
    /// The odd-page (default) and even-page footers.
    static let oddFooterID = "rId4"
    static let evenFooterID = "rId5"
}
