import Foundation

/// A small pull scanner for the SpreadsheetML parts an import reads (workbook, shared
/// strings, styles, sheets): start tags with attributes, end tags, text. Like the .docx
/// reader it understands no DTD: `<!DOCTYPE` or `<!ENTITY` stops it (no entity
/// expansion attacks), and only the five predefined entities and numeric references
/// are decoded.
struct SheetXMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    enum Failure: Error, Equatable { case truncated, doctype, invalidUTF8 }

    private let bytes: [UInt8]
    private var i = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() throws -> Event? {
        let n = bytes.count
        while i < n {
            if bytes[i] != UInt8(ascii: "<") {
                let start = i
                while i < n, bytes[i] != UInt8(ascii: "<") { i += 1 }
                return .text(try Self.decode(bytes[start..<i]))
            }
            if starts("<!--") { try skip(past: "-->"); continue }
            if starts("<![CDATA[") {
                let start = i + 9
                try skip(past: "]]>")
                guard let s = String(validating: bytes[start..<(i - 3)], as: UTF8.self) else { throw Failure.invalidUTF8 }
                return .text(s)
            }
            if starts("<!") { throw Failure.doctype }
            if starts("<?") { try skip(past: "?>"); continue }
            guard let close = indexOf(UInt8(ascii: ">"), from: i) else { throw Failure.truncated }
            let tag = bytes[(i + 1)..<close]
            i = close + 1
            if tag.first == UInt8(ascii: "/") {
                return .end(name: Self.localName(String(decoding: tag.dropFirst(), as: UTF8.self).trimmingCharacters(in: .whitespaces)))
            }
            let selfClosing = tag.last == UInt8(ascii: "/")
            let body = selfClosing ? tag.dropLast() : tag
            let (name, attributes) = try Self.parseTag(body)
            return .start(name: name, attributes: attributes, selfClosing: selfClosing)
        }
        return nil
    }

    /// Element names without their namespace prefix (`x:c` → `c`): producers differ.
    static func localName(_ s: String) -> String {
        s.split(separator: ":").last.map(String.init) ?? s
    }

    private func starts(_ s: String) -> Bool {
        let u = Array(s.utf8)
        return i + u.count <= bytes.count && Array(bytes[i..<(i + u.count)]) == u
    }

    private mutating func skip(past s: String) throws {
        let u = Array(s.utf8)
        var j = i
        while j + u.count <= bytes.count {
            if bytes[j] == u[0], Array(bytes[j..<(j + u.count)]) == u { i = j + u.count; return }
            j += 1
        }
        throw Failure.truncated
    }

    private func indexOf(_ b: UInt8, from: Int) -> Int? {
        var quote: UInt8? = nil, j = from
        while j < bytes.count {
            let c = bytes[j]
            if let q = quote { if c == q { quote = nil } } else if c == 0x22 || c == 0x27 { quote = c } else if c == b { return j }
            j += 1
        }
        return nil
    }

    private static func parseTag(_ tag: ArraySlice<UInt8>) throws -> (String, [String: String]) {
        var j = tag.startIndex
        while j < tag.endIndex, !isSpace(tag[j]) { j += 1 }
        let name = localName(String(decoding: tag[tag.startIndex..<j], as: UTF8.self))
        var attributes: [String: String] = [:]
        while j < tag.endIndex {
            while j < tag.endIndex, isSpace(tag[j]) { j += 1 }
            let keyStart = j
            while j < tag.endIndex, tag[j] != UInt8(ascii: "="), !isSpace(tag[j]) { j += 1 }
            let key = String(decoding: tag[keyStart..<j], as: UTF8.self)
            while j < tag.endIndex, tag[j] != 0x22, tag[j] != 0x27 { j += 1 }
            guard j < tag.endIndex else { break }
            let q = tag[j]
            j += 1
            let valueStart = j
            while j < tag.endIndex, tag[j] != q { j += 1 }
            if !key.isEmpty { attributes[key] = try decode(tag[valueStart..<min(j, tag.endIndex)]) }
            j += 1
        }
        return (name, attributes)
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// Text with `&amp;` etc. and `&#…;` decoded.
    static func decode(_ raw: ArraySlice<UInt8>) throws -> String {
        guard let s = String(validating: raw, as: UTF8.self) else { throw Failure.invalidUTF8 }
        guard s.contains("&") else { return s }
        var out = "", rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                out += "&"; rest = rest[rest.index(after: amp)...]; continue
            }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let hex = entity.hasPrefix("#x") || entity.hasPrefix("#X")
                let digits = entity.dropFirst(hex ? 2 : 1)
                if entity.hasPrefix("#"), let v = UInt32(digits, radix: hex ? 16 : 10), let u = Unicode.Scalar(v) {
                    out.unicodeScalars.append(u)
                } else {
                    out += "&" + entity + ";"
                }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
