/// Decoding one line's UTF-8 bytes where the line is prepared (see `LineSplitter`).
extension LineText {
    /// Decodes one line's UTF-8 `bytes` (no line break among them) into `raw`, with the
    /// checks of `LineFeeder.feed(validating: true)` (the same `decodeOther` beyond three bytes);
    /// false for malformed UTF-8. A byte
    /// order mark is dropped at the very start of line 1, as there.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Bool, into raw: inout [UInt32]) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { raw.removeAll(); return true }
        let count = bytes.count
        var start = 0
        // Byte order marks (EF BB BF, U+FEFF's only encoding) open line 1: dropped.
        if firstLine { while start + 2 < count, base[start] == 0xEF, base[start + 1] == 0xBB, base[start + 2] == 0xBF { start += 3 } }
        var valid = true
        // Decoded straight into the array's storage, sized exactly: every scalar decoded
        // consumes one byte that is not a continuation byte (an array sized by the bytes was
        // three times too large for CJK text, and the larger blocks cost time).
        raw = [UInt32](unsafeUninitializedCapacity: LineText.leadBytes(base + start, count - start)) { buffer, initialized in
            let out = buffer.baseAddress!
            var index = start, length = 0
            while index < count {
                let byte = base[index]
                if byte < 0x80 {
                    out[length] = UInt32(byte)
                    length &+= 1
                    index &+= 1
                } else if byte & 0xF0 == 0xE0, index &+ 2 < count {
                    // Three bytes (every CJK character): continuations, no overlong form, no surrogate.
                    // (Indices stay below `count`: wrapping arithmetic spares the overflow checks.)
                    let second = base[index &+ 1], third = base[index &+ 2]
                    let value = UInt32(byte & 0x0F) &<< 12 | UInt32(second & 0x3F) &<< 6 | UInt32(third & 0x3F)
                    if (second & 0xC0 ^ 0x80) | (third & 0xC0 ^ 0x80) != 0 || value < 0x800 || value & 0xF800 == 0xD800 {
                        valid = false; break
                    }
                    out[length] = value
                    length &+= 1
                    index &+= 3
                } else {
                    guard let (value, width) = LineText.decodeOther(base, index, count) else { valid = false; break }
                    out[length] = value
                    length += 1
                    index += width
                }
            }
            initialized = length
        }
        return valid
    }

    /// The bytes that are not UTF-8 continuation bytes (10xxxxxx), eight at a time: the
    /// number of scalars of valid UTF-8, and a bound on those `decode` writes otherwise.
    static func leadBytes(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
        let highs: UInt64 = 0x8080_8080_8080_8080
        var continuations = 0, index = 0
        while index &+ 8 <= count {
            // One counter per byte lane, summed every 31 words (at most 31 per lane, 248 in
            // all: the multiply's top byte cannot overflow). `nonzeroBitCount` per word was a
            // software population count (no POPCNT in the baseline x86-64 target): ≈ 27
            // instructions per eight bytes, now ≈ 7.
            var lanes: UInt64 = 0, words = 0
            while words < 31, index &+ 8 <= count {
                let word = UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)
                // Bit 7 set and bit 6 (shifted up to bit 7) clear, moved down to bit 0 of its lane.
                lanes &+= (word & highs & ~(word &<< 1)) &>> 7
                index &+= 8
                words &+= 1
            }
            continuations &+= Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) &>> 56)
        }
        while index < count {
            if bytes[index] & 0xC0 == 0x80 { continuations &+= 1 }
            index &+= 1
        }
        return count &- continuations
    }

    /// A two- or four-byte scalar, or a three-byte one cut by the end (nil: malformed), with
    /// the UTF-8 checks both decoders make (`LineFeeder.feed`, `decode`).
    static func decodeOther(_ bytes: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> (UInt32, Int)? {
        let byte = bytes[index]
        let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        guard byte >= 0xC2, byte <= 0xF4, index + width <= count else { return nil }
        for offset in 1..<width where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        let value: UInt32
        if width == 2 {
            value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        } else if width == 3 {
            value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            if value < 0x800 || (value >= 0xD800 && value <= 0xDFFF) { return nil }
        } else {
            value = UInt32(byte & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            if value < 0x10000 || value > 0x10FFFF { return nil }
        }
        return (value, width)
    }
}

extension LineText {
    /// Encodes scalars to a String directly as UTF-8 (invalid values are skipped, as
    /// `Unicode.Scalar(_:)` would), without appending scalar by scalar.
    static func utf8String(_ scalars: UnsafeBufferPointer<UInt32>) -> String {
        // Exact UTF-8 length first, so that stored results do not keep slack capacity.
        var length = 0
        for value in scalars {
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var out = 0
            for value in scalars {
                if value < 0x80 {
                    buffer[out] = UInt8(value); out += 1
                } else if value < 0x800 {
                    buffer[out] = UInt8(0xC0 | (value >> 6)); buffer[out + 1] = UInt8(0x80 | (value & 0x3F)); out += 2
                } else if value < 0x10000 {
                    if value >= 0xD800 && value <= 0xDFFF { continue }
                    buffer[out] = UInt8(0xE0 | (value >> 12)); buffer[out + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[out + 2] = UInt8(0x80 | (value & 0x3F)); out += 3
                } else if value <= 0x10FFFF {
                    buffer[out] = UInt8(0xF0 | (value >> 18)); buffer[out + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[out + 2] = UInt8(0x80 | ((value >> 6) & 0x3F)); buffer[out + 3] = UInt8(0x80 | (value & 0x3F)); out += 4
                }
            }
            return out
        }
    }
}
