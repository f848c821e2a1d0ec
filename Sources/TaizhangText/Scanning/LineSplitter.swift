/// Splits UTF-8 bytes into lines without decoding them, for `LinePipeline`: the reading
/// thread only finds the line breaks (eight bytes at a time where none can be) and hands
/// on each line's bytes (`LineText.undecoded`); a worker decodes and validates them
/// (`LineText.prepare`). The lines, their numbers and the validity of the input are those
/// of `LineFeeder` (`LineSplitterTests` compares the two).
///
/// Breaks are \n, \r, \r\n, U+2028 and U+2029 (E2 80 A8/A9, the only encoding of
/// either). `feed` takes chunks that end on a character boundary (see `StreamingInput`),
/// so a break's three bytes never straddle two chunks; a line that does is carried over.
final class LineSplitter {
    private var carry: [UInt8] = []
    private var afterCR = false
    private var number = 1

    func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (LineText) -> Void) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let count = bytes.count
        var index = 0
        if afterCR {
            // \r at the end of the last chunk, \n at the start of this one: one break.
            afterCR = false
            if base[0] == 0x0A { index = 1 }
        }
        var start = index
        while index < count {
            while index + 8 <= count, !LineSplitter.mayBreak(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
            guard index < count else { break }
            let byte = base[index]
            if byte == 0x0A || byte == 0x0D {
                emit(UnsafeBufferPointer(start: base + start, count: index - start), body)
                index += 1
                if byte == 0x0D {
                    if index == count { afterCR = true } else if base[index] == 0x0A { index += 1 }
                }
                start = index
            } else if byte == 0xE2, index + 2 < count, base[index + 1] == 0x80, base[index + 2] & 0xFE == 0xA8 {
                emit(UnsafeBufferPointer(start: base + start, count: index - start), body)
                index += 3
                start = index
            } else {
                index += 1
            }
        }
        if start < count { carry.append(contentsOf: UnsafeBufferPointer(start: base + start, count: count - start)) }
    }

    /// The last line, when the text does not end with a line break (and holds more than
    /// the byte order marks `LineFeeder` drops from the first line).
    func finish(_ body: (LineText) -> Void) {
        guard !carry.isEmpty else { return }
        if number == 1, carry.count % 3 == 0, stride(from: 0, to: carry.count, by: 3).allSatisfy({
            carry[$0] == 0xEF && carry[$0 + 1] == 0xBB && carry[$0 + 2] == 0xBF
        }) { return }
        emit(UnsafeBufferPointer(start: nil, count: 0), body)
    }

    /// A byte of the eight may be \n, \r or the first byte of U+2028/2029 (E2); exact for
    /// "none" (the zero-byte test of each comparison has no false negatives).
    @inline(__always) static func mayBreak(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let lf = word ^ (ones &* 0x0A), cr = word ^ (ones &* 0x0D), e2 = word ^ (ones &* 0xE2)
        return ((lf &- ones) & ~lf | (cr &- ones) & ~cr | (e2 &- ones) & ~e2) & highs != 0
    }

    private func emit(_ piece: UnsafeBufferPointer<UInt8>, _ body: (LineText) -> Void) {
        if carry.isEmpty {
            body(LineText.undecoded(number: number, bytes: piece))
        } else {
            carry.append(contentsOf: piece)
            carry.withUnsafeBufferPointer { body(LineText.undecoded(number: number, bytes: $0)) }
            carry.removeAll(keepingCapacity: true)
        }
        number += 1
    }
}

extension LineText {
    /// Decodes one line's UTF-8 `bytes` (no line break among them) into `raw`, with the
    /// checks of `LineFeeder.feed(validating: true)`; false for malformed UTF-8. A byte
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
                    length += 1
                    index += 1
                } else if byte & 0xF0 == 0xE0, index + 2 < count {
                    // Three bytes (every CJK character): continuations, no overlong form, no surrogate.
                    let second = base[index + 1], third = base[index + 2]
                    let value = UInt32(byte & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                    if (second & 0xC0 ^ 0x80) | (third & 0xC0 ^ 0x80) != 0 || value < 0x800 || value & 0xF800 == 0xD800 {
                        valid = false; break
                    }
                    out[length] = value
                    length += 1
                    index += 3
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
        while index + 8 <= count {
            let word = UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)
            // Bit 7 set and bit 6 (shifted up to bit 7) clear.
            continuations += (word & highs & ~(word << 1)).nonzeroBitCount
            index += 8
        }
        while index < count {
            if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return count - continuations
    }

    /// A two- or four-byte scalar, or a three-byte one cut by the end (nil: malformed), with
    /// the checks of `LineFeeder.feed(validating: true)`.
    private static func decodeOther(_ bytes: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> (UInt32, Int)? {
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
