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
