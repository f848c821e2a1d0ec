/// The encodings the checker detects from the bytes (never from the file name).
public enum TextEncoding: String, Codable, Sendable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030
    case docx
}
