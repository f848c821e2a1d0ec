/// Detects the encoding of raw bytes and decodes them to a String.
///
/// Order matters: a BOM is decisive; otherwise strict UTF-8 validation comes first,
/// because GB18030 byte patterns rarely form valid UTF-8 while the reverse is common.
public enum TextDecoder {
    /// Inputs above this size are refused before any work is done.
    public static let defaultByteLimit = 256 * 1_048_576

    public static func decode(_ bytes: [UInt8], path: String = "<input>") throws -> (text: String, encoding: TextEncoding) {
        if bytes.isEmpty { throw TextInputError.empty(path: path) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes[3...]
            guard let text = String(validating: body, as: UTF8.self) else { throw TextInputError.unknownEncoding(path: path) }
            return (text, .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (try utf16(bytes[2...], bigEndian: false, path: path), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (try utf16(bytes[2...], bigEndian: true, path: path), .utf16BE) }
        if looksBinary(bytes) { throw TextInputError.binary(path: path) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if GB18030.isPlausible(bytes), let text = GB18030.decode(bytes) { return (text, .gb18030) }
        throw TextInputError.unknownEncoding(path: path)
    }

    /// NUL bytes never occur in UTF-8 or GB18030 text, and many C0 controls mean binary.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B) { controls += 1 }
        }
        return controls * 100 > sample.count
    }

    static func utf16(_ body: ArraySlice<UInt8>, bigEndian: Bool, path: String) throws -> String {
        var units = [UInt16]()
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else { throw TextInputError.unknownEncoding(path: path) }
        return text
    }
}
