/// A minimal streaming scanner for WordprocessingML: it walks the bytes once, keeps
/// the text of `<w:t>` elements, and ends a line at each `</w:p>`.
///
/// It deliberately understands no DTDs: a `<!DOCTYPE` or `<!ENTITY` aborts, and only
/// the five predefined entities plus numeric character references are decoded.
enum DocxXMLText {
    static func extract(_ xml: [UInt8], path: String) throws -> String {
        var out = [UInt8]()
        out.reserveCapacity(xml.count / 4)
        var index = 0, inText = false
        let count = xml.count
        while index < count {
            let byte = xml[index]
            if byte == UInt8(ascii: "<") {
                guard let close = firstIndex(of: UInt8(ascii: ">"), in: xml, from: index) else {
                    throw TextInputError.corruptDocx(path: path, reason: "XML 不完整 / truncated XML")
                }
                let tag = xml[(index + 1)..<close]
                if tag.starts(with: Array("!DOCTYPE".utf8)) || tag.starts(with: Array("!ENTITY".utf8)) {
                    throw TextInputError.unsafeXML(path: path)
                }
                let name = tagName(tag)
                switch name {
                case "w:t": inText = !(tag.last == UInt8(ascii: "/"))
                case "/w:t": inText = false
                case "/w:p": out.append(0x0A)
                case "w:tab": out.append(0x09)
                case "w:br", "w:cr": out.append(0x0A)
                default: break
                }
                index = close + 1
            } else {
                if inText {
                    if byte == UInt8(ascii: "&") {
                        index = appendEntity(xml, at: index, to: &out)
                        continue
                    }
                    out.append(byte)
                }
                index += 1
            }
        }
        guard let text = String(validating: out, as: UTF8.self) else {
            throw TextInputError.corruptDocx(path: path, reason: "文本不是有效的 UTF-8 / text is not valid UTF-8")
        }
        return text
    }

    private static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private static func tagName(_ tag: ArraySlice<UInt8>) -> String {
        var end = tag.startIndex
        while end < tag.endIndex, tag[end] != 0x20, tag[end] != UInt8(ascii: "/") || end == tag.startIndex,
              tag[end] != UInt8(ascii: ">"), tag[end] != 0x0A, tag[end] != 0x0D, tag[end] != 0x09 {
            end += 1
        }
        return String(decoding: tag[tag.startIndex..<end], as: UTF8.self)
    }

    /// Decodes `&…;` at `start`, returning the index after it. Unknown entities are kept verbatim.
    private static func appendEntity(_ xml: [UInt8], at start: Int, to out: inout [UInt8]) -> Int {
        var end = start + 1
        while end < xml.count, end - start < 12, xml[end] != UInt8(ascii: ";") { end += 1 }
        guard end < xml.count, xml[end] == UInt8(ascii: ";") else { out.append(xml[start]); return start + 1 }
        let name = String(decoding: xml[(start + 1)..<end], as: UTF8.self)
        var scalar: Unicode.Scalar?
        switch name {
        case "amp": scalar = "&"
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
            }
        }
        guard let scalar else { out.append(contentsOf: xml[start...end]); return end + 1 }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
        return end + 1
    }
}
