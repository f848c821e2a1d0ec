/// Findings written from a hit and its line (`SpoolSink.finding(_:on:)`): the same bytes as
/// `finding(Analyzer.finding(hit, line))`, without building the finding's Strings — its text
/// is encoded from the line's scalars, a repeat's messages from their static parts.
extension JSONBytes {
    static func finding(_ hit: Hit, on line: LineText, column: Int, into out: inout ByteBuffer) {
        out.append(0x7B)
        key("column", &out, first: true); int(column, into: &out)
        document(&out)
        key("kind", &out); plain(text(of: hit.kind), into: &out)
        key("line", &out); int(line.number, into: &out)
        if let numbered = hit.numbered {
            let (zh, en) = numbered.parts
            key("message", &out); numberedString(zh, numbered.number, into: &out)
            key("messageEn", &out); numberedString(en, numbered.number, into: &out)
        } else {
            key("message", &out); string(hit.message, into: &out)
            key("messageEn", &out); string(hit.en, into: &out)
        }
        key("severity", &out); plain(text(of: hit.severity), into: &out)
        key("text", &out)
        if let text = hit.text {
            string(text, into: &out)
        } else if hit.excerpt {
            let start = line.contentStart, end = Swift.min(line.count, start + 40)
            lineText(line, start..<end, then: line.count > end ? 0x2026 : nil, into: &out)
        } else {
            lineText(line, hit.start..<hit.end, then: nil, into: &out)
        }
        out.append(0x7D)
    }

    /// A static text, a number, a static text, as one JSON string (the static parts are
    /// plain text: `HitJSONTests` checks that they need no escape).
    static func numberedString(_ parts: (StaticString, StaticString), _ number: Int, into out: inout ByteBuffer) {
        out.append(0x22)
        out.append(UnsafeBufferPointer(start: parts.0.utf8Start, count: parts.0.utf8CodeUnitCount))
        int(number, into: &out)
        out.append(UnsafeBufferPointer(start: parts.1.utf8Start, count: parts.1.utf8CodeUnitCount))
        out.append(0x22)
    }

    /// `string(line.string(range))`, or with `suffix` `string(line.string(range, then: suffix))`.
    static func lineText(_ line: LineText, _ range: Range<Int>, then suffix: UInt32?, into out: inout ByteBuffer) {
        let bounds = line.rawBounds(range) ?? 0..<0
        let plain = line.raw.withUnsafeBufferPointer { raw in
            plainScalars(UnsafeBufferPointer(rebasing: raw[bounds]), then: suffix, into: &out)
        }
        if !plain { string(suffix.map { line.string(range, then: $0) } ?? line.string(range), into: &out) }
    }

    /// The scalars (and `suffix`) as a JSON string, encoded to UTF-8 in place as
    /// `LineText.utf8String` encodes them, when none needs an escape; otherwise nothing is
    /// written and the result is false (the caller escapes the String).
    static func plainScalars(_ scalars: UnsafeBufferPointer<UInt32>, then suffix: UInt32? = nil, into out: inout ByteBuffer) -> Bool {
        out.reserve(scalars.count * 4 + 6)
        out.appendReserved(0x22)
        // Only an ASCII scalar can be a byte that needs an escape (every byte of a longer
        // UTF-8 sequence is ≥ 0x80), so the test is made on the scalars as they are encoded,
        // not by a second scan of the bytes written.
        guard out.appendUTF8Plain(scalars, then: suffix) else {
            out.truncate(to: out.count - 1)
            return false
        }
        out.appendReserved(0x22)
        return true
    }

    /// `outline(OutlineItem(level:marker:title:line:))` of a heading, its marker and title
    /// written from the line's scalars.
    static func outline(level: Int, heading: Heading, line: Int, into out: inout ByteBuffer) {
        out.append(0x7B)
        key("document", &out, first: true); out.append(documentSlot)
        key("level", &out); int(level, into: &out)
        key("line", &out); int(line, into: &out)
        heading.raw.withUnsafeBufferPointer { raw in
            key("marker", &out)
            if !plainScalars(UnsafeBufferPointer(rebasing: raw[heading.markerRaw]), into: &out) { string(heading.marker, into: &out) }
            key("title", &out)
            if !plainScalars(UnsafeBufferPointer(rebasing: raw[heading.titleRaw]), into: &out) { string(heading.title, into: &out) }
        }
        out.append(0x7D)
    }
}

extension ByteBuffer {
    /// `appendUTF8` of every scalar and then of `suffix` (room reserved by the caller), through
    /// a local cursor written back once (each `appendReserved` stored the count again); false,
    /// with nothing appended, when one of them is a control character, a quote or a backslash.
    mutating func appendUTF8Plain(_ scalars: UnsafeBufferPointer<UInt32>, then suffix: UInt32?) -> Bool {
        let out = start + count
        var length = 0, escaped = false
        @inline(__always) func put(_ value: UInt32) {
            if value < 0x80 {
                escaped = escaped || value < 0x20 || value == 0x22 || value == 0x5C
                out[length] = UInt8(truncatingIfNeeded: value); length &+= 1
            } else if value < 0x800 {
                out[length] = UInt8(truncatingIfNeeded: 0xC0 | (value >> 6)); out[length &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                length &+= 2
            } else if value < 0x10000 {
                if value >= 0xD800 && value <= 0xDFFF { return }
                out[length] = UInt8(truncatingIfNeeded: 0xE0 | (value >> 12))
                out[length &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
                out[length &+ 2] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                length &+= 3
            } else if value <= 0x10FFFF {
                out[length] = UInt8(truncatingIfNeeded: 0xF0 | (value >> 18))
                out[length &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F))
                out[length &+ 2] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
                out[length &+ 3] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                length &+= 4
            }
        }
        for value in scalars { put(value) }
        if let suffix { put(suffix) }
        guard !escaped else { return false }
        advance(by: length)
        return true
    }

    /// One scalar as UTF-8 (room reserved by the caller); surrogates and values past
    /// U+10FFFF are skipped, as `LineText.utf8String` skips them.
    @inline(__always) mutating func appendUTF8(_ value: UInt32) {
        if value < 0x80 {
            appendReserved(UInt8(value))
        } else if value < 0x800 {
            appendReserved(UInt8(0xC0 | (value >> 6))); appendReserved(UInt8(0x80 | (value & 0x3F)))
        } else if value < 0x10000 {
            if value >= 0xD800 && value <= 0xDFFF { return }
            appendReserved(UInt8(0xE0 | (value >> 12))); appendReserved(UInt8(0x80 | ((value >> 6) & 0x3F)))
            appendReserved(UInt8(0x80 | (value & 0x3F)))
        } else if value <= 0x10FFFF {
            appendReserved(UInt8(0xF0 | (value >> 18))); appendReserved(UInt8(0x80 | ((value >> 12) & 0x3F)))
            appendReserved(UInt8(0x80 | ((value >> 6) & 0x3F))); appendReserved(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
