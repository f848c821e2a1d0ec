/// Hand-written JSON for the report items, byte for byte what `JSONEncoder` with sorted
/// keys writes (compact), but without building the report first: the streaming
/// command line encodes each item as it is found. `document` is written as one NUL byte
/// (JSON text never holds a raw NUL) and filled in when the document spans are known.
enum JSONBytes {
    static let documentSlot: UInt8 = 0

    static func string(_ value: String, into out: inout ByteBuffer) {
        out.append(0x22)
        // Nearly every string needs no escape: copy it whole. Read in place (a `var` copy for
        // `withUTF8` retained and released every string); a bridged string takes the loop below.
        let plain = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard JSONBytes.isPlain(bytes) else { return false }
            out.append(bytes)
            return true
        }
        if plain == true { out.append(0x22); return }
        for byte in value.utf8 {
            switch byte {
            case 0x22: out.append(0x5C, 0x22)
            case 0x5C: out.append(0x5C, 0x5C)
            case 0x0A: out.append(0x5C, 0x6E)
            case 0x0D: out.append(0x5C, 0x72)
            case 0x09: out.append(0x5C, 0x74)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append("\\u00"); out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 15)])
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }

    /// No byte needs an escape (a control character, a quote, a backslash): eight bytes at a
    /// time, the usual zero-byte tests, exact for "none" (the first byte found ends the scan).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            // A byte below 0x20: (word - 0x20…) borrows into its high bit while its own is clear.
            let low = (word &- ones &* 0x20) & ~word, quotes = (quote &- ones) & ~quote, slashes = (backslash &- ones) & ~backslash
            if (low | quotes | slashes) & highs != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            let byte = base[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return false }
            index += 1
        }
        return true
    }

    static func number(_ value: Double, into out: inout ByteBuffer) {
        if value == value.rounded(), abs(value) < 1e15 { int(Int64(value), into: &out) } else {
            out.append("\(value)")
        }
    }

    static func int(_ value: Int, into out: inout ByteBuffer) { int(Int64(value), into: &out) }

    /// The decimal digits of `value`, as `String(value)` writes them, without building a String.
    static func int(_ value: Int64, into out: inout ByteBuffer) {
        if value < 0 { out.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes: room for 20 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            out.append(UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]).bindMemory(to: UInt8.self))
        }
    }

    /// A key (plain ASCII, never escaped): `,"name":` copied in one go, without the escape
    /// scan of `string`. Inlined: the key's length is then a constant and its copy a few
    /// moves, where a call and `memcpy` cost ≈ 70 instructions a key (≈ 8 keys an item, cli20).
    @inline(__always) static func key(_ name: StaticString, _ out: inout ByteBuffer, first: Bool = false) {
        // One capacity check for the whole key (four checked appends cost more than the copy).
        let count = name.utf8CodeUnitCount
        out.reserve(count + 4)
        if !first { out.appendReserved(0x2C) }
        out.appendReserved(0x22)
        out.appendReserved(UnsafeBufferPointer(start: name.utf8Start, count: count))
        out.appendReserved(0x22)
        out.appendReserved(0x3A)
    }

    /// A static text needing no escape (a kind, a severity), quoted, without the escape scan
    /// and the String's retain and release.
    @inline(__always) static func plain(_ text: StaticString, into out: inout ByteBuffer) {
        let count = text.utf8CodeUnitCount
        out.reserve(count + 2)
        out.appendReserved(0x22)
        out.appendReserved(UnsafeBufferPointer(start: text.utf8Start, count: count))
        out.appendReserved(0x22)
    }

    /// `FindingKind.rawValue` as a static text (`JSONBytesTests` checks that they agree).
    static func text(of kind: FindingKind) -> StaticString {
        switch kind {
        case .placeholder: return "placeholder"
        case .missingNumber: return "missing-number"
        case .doubledQualifier: return "doubled-qualifier"
        case .arithmetic: return "arithmetic"
        case .numbering: return "numbering"
        case .duplicate: return "duplicate"
        case .boilerplate: return "boilerplate"
        case .year: return "year"
        }
    }

    /// `Severity.rawValue` as a static text.
    static func text(of severity: Severity) -> StaticString {
        switch severity {
        case .info: return "info"
        case .warning: return "warning"
        case .error: return "error"
        }
    }

    @inline(__always) static func document(_ out: inout ByteBuffer) {
        key("document", &out); out.append(documentSlot)
    }

    static func finding(_ f: Finding, into out: inout ByteBuffer) {
        out.append(0x7B)
        key("column", &out, first: true); int(f.column, into: &out)
        document(&out)
        key("kind", &out); plain(text(of: f.kind), into: &out)
        key("line", &out); int(f.line, into: &out)
        key("message", &out); string(f.message, into: &out)
        if let en = f.messageEn { key("messageEn", &out); string(en, into: &out) }
        key("severity", &out); plain(text(of: f.severity), into: &out)
        key("text", &out); string(f.text, into: &out)
        out.append(0x7D)
    }

    static func check(_ c: ArithmeticCheck, into out: inout ByteBuffer) {
        out.append(0x7B)
        key("column", &out, first: true); int(c.column, into: &out)
        key("consistent", &out); out.append(c.consistent ? "true" : "false")
        document(&out)
        key("kind", &out); string(c.kind, into: &out)
        key("line", &out); int(c.line, into: &out)
        key("statement", &out); string(c.statement, into: &out)
        key("text", &out); string(c.text, into: &out)
        out.append(0x7D)
    }

    static func quantity(_ q: Quantity, into out: inout ByteBuffer) {
        out.append(0x7B)
        var first = true
        if let change = q.change { key("change", &out, first: true); string(change, into: &out); first = false }
        key("column", &out, first: first); int(q.column, into: &out)
        document(&out)
        key("line", &out); int(q.line, into: &out)
        key("multiplier", &out); number(q.multiplier, into: &out)
        key("normalized", &out); number(q.normalized, into: &out)
        if let qualifier = q.qualifier { key("qualifier", &out); string(qualifier, into: &out) }
        key("subject", &out); string(q.subject, into: &out)
        key("text", &out); string(q.text, into: &out)
        key("unit", &out); string(q.unit, into: &out)
        key("value", &out); number(q.value, into: &out)
        out.append(0x7D)
    }

    static func outline(_ o: OutlineItem, into out: inout ByteBuffer) {
        out.append(0x7B)
        key("document", &out, first: true); out.append(documentSlot)
        key("level", &out); int(o.level, into: &out)
        key("line", &out); int(o.line, into: &out)
        key("marker", &out); string(o.marker, into: &out)
        key("title", &out); string(o.title, into: &out)
        out.append(0x7D)
    }

    static func span(_ s: DocumentSpan, into out: inout ByteBuffer) {
        out.append(0x7B)
        key("endLine", &out, first: true); int(s.endLine, into: &out)
        key("index", &out); int(s.index, into: &out)
        key("startLine", &out); int(s.startLine, into: &out)
        key("title", &out); string(s.title, into: &out)
        out.append(0x7D)
    }
}
