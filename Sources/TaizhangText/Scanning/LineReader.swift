/// Splits decoded text into lines (\n, \r\n, \r, U+2028, U+2029) and hands each line
/// to a closure as scalars. UTF-8 is decoded by hand, which is several times faster
/// than iterating Characters, and may arrive in chunks (`LineFeeder`), so that a file is
/// read and checked piece by piece without ever being held whole.
///
/// Scalars are decoded into one growable scratch buffer, then copied into the line in
/// bulk. Two `LineText` values alternate, so a line's arrays are reused two lines
/// later instead of being allocated per line; a consumer that keeps a line longer
/// (the analyzer's previous line) stays correct because the arrays are copy-on-write.
enum LineReader {
    static func forEachLine(in text: String, deferPreparation: Bool = false, _ body: (LineText) -> Void) {
        var text = text
        let feeder = LineFeeder(deferPreparation: deferPreparation)
        text.withUTF8 { bytes in _ = feeder.feed(bytes, validating: false, body) }
        feeder.finish(body)
    }
}

/// Incremental UTF-8 → lines. `feed` takes chunks that end on a character boundary
/// (see `StreamingInput`); with `validating`, malformed UTF-8 stops it (returns false).
final class LineFeeder {
    /// Emit `LineText.unprepared` lines (raw scalars only), for `LinePipeline`.
    let deferPreparation: Bool
    private var line = LineText(number: 1, capacity: 1024)
    private var spare = LineText(number: 0, capacity: 1024)
    private var capacity = 4096
    private var scratch = UnsafeMutablePointer<UInt32>.allocate(capacity: 4096)
    private var length = 0
    private var number = 1
    private var afterCR = false

    init(deferPreparation: Bool = false) { self.deferPreparation = deferPreparation }

    deinit { scratch.deallocate() }

    func feed(_ bytes: UnsafeBufferPointer<UInt8>, validating: Bool, _ body: (LineText) -> Void) -> Bool {
        // The loop works on local copies of the feeder's state (stored properties of a
        // class are reloaded, and access-checked, at every use otherwise) and writes them
        // back before a line is emitted and on the way out.
        var index = 0
        let count = bytes.count
        var length = self.length, afterCR = self.afterCR
        var scratch = self.scratch, capacity = self.capacity
        defer { self.length = length; self.afterCR = afterCR }
        while index < count {
            let byte = bytes[index]
            if byte & 0xF0 == 0xE0, index &+ 3 < count {
                // A run of three-byte scalars (every CJK character, 。、,“”): decoded in a loop of
                // its own, four bytes read at once (the step below spent ≈ 45 instructions a
                // scalar on its branches, cli18). One test takes the lead byte's form and both
                // continuation bytes; a line separator, a byte order mark, a scalar the validation
                // refuses (overlong, surrogate), any other byte, a full scratch buffer or the
                // chunk's last three bytes stop the run: the step below then reads that scalar as before.
                let (run, end) = LineFeeder.threeByteRun(bytes.baseAddress!, from: index, count: count,
                                                         into: scratch, at: length, capacity: capacity, validating: validating)
                if run > index {
                    afterCR = false
                    index = run
                    length = end
                    continue
                }
            }
            var value: UInt32
            if byte < 0x80 {
                // ASCII: line breaks, or a scalar to keep (never a BOM).
                index += 1
                if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0A, afterCR { afterCR = false; continue }
                    self.length = length
                    emit(body)
                    length = 0
                    afterCR = byte == 0x0D
                    continue
                }
                afterCR = false
                value = UInt32(byte)
            } else {
                if byte & 0xF0 == 0xE0, index + 2 < count {
                    // Three bytes (every CJK character): the common case, checked in one go.
                    let second = bytes[index + 1], third = bytes[index + 2]
                    value = UInt32(byte & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                    if validating, second & 0xC0 != 0x80 || third & 0xC0 != 0x80 || value < 0x800 || (value >= 0xD800 && value <= 0xDFFF) {
                        return false
                    }
                    index += 3
                } else {
                    // Two and four bytes, or three cut by the chunk's end: `LineText.decodeOther`,
                    // the decoding the workers use (its checks pass on the valid UTF-8 of a
                    // String, so only a validating feed can meet nil).
                    guard let (decoded, width) = LineText.decodeOther(bytes.baseAddress!, index, count) else { return false }
                    value = decoded
                    index += width
                }
                afterCR = false
                if value == 0x2028 || value == 0x2029 {
                    self.length = length
                    emit(body)
                    length = 0
                    continue
                }
                // A byte order mark is dropped at the very start only.
                if value == 0xFEFF, length == 0, number == 1 { continue }
            }
            if length == capacity {
                self.length = length
                grow()
                scratch = self.scratch; capacity = self.capacity
            }
            scratch[length] = value
            length += 1
        }
        return true
    }

    /// The run of three-byte scalars from `index` (see `feed`), decoded into `scratch` from `at`:
    /// where the run stops in the bytes and in the buffer. A function of its own so that the
    /// loop keeps its few values in registers (inside `feed` they were spilled around the
    /// general step's branches: ≈ 50 instructions a scalar, cli18). A scalar from U+3000 to
    /// U+D7FF (CJK, the ideographic punctuation) can be no stop, so it takes one range test;
    /// any other is tested for the stops as before.
    @inline(never)
    static func threeByteRun(_ bytes: UnsafePointer<UInt8>, from index: Int, count: Int, into scratch: UnsafeMutablePointer<UInt32>,
                             at start: Int, capacity: Int, validating: Bool) -> (run: Int, end: Int) {
        let raw = UnsafeRawPointer(bytes)
        // Runs start before `count - 3` (four bytes read at once) and fill the buffer at most.
        let steps = Swift.min((count &- 3 &- index &+ 2) / 3, capacity &- start)
        var run = index, end = start, step = 0
        while step < steps {
            let word = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: run, as: UInt32.self))
            guard word & 0xC0_C0F0 == 0x80_80E0 else { break }
            let scalar = (word & 0x0F) << 12 | (word >> 2) & 0x0FC0 | (word >> 16) & 0x3F
            if scalar &- 0x3000 >= 0xA800 {
                if validating, scalar < 0x800 || scalar & 0xF800 == 0xD800 { break }
                if scalar | 1 == 0x2029 || scalar == 0xFEFF { break }
            }
            scratch[end] = scalar
            end &+= 1
            run &+= 3
            step &+= 1
        }
        return (run, end)
    }

    /// The last line, when the text does not end with a line break.
    func finish(_ body: (LineText) -> Void) {
        if length > 0 { emit(body) }
    }

    private func emit(_ body: (LineText) -> Void) {
        if deferPreparation {
            body(LineText.unprepared(number: number, scalars: UnsafeBufferPointer(start: scratch, count: length)))
            length = 0
            number += 1
            return
        }
        // The line is moved out to a local and back by swaps: `body(line)` passed a stored
        // property, which copied the whole line (six buffers retained and released) every line.
        var current = LineText(number: number, capacity: 0)
        swap(&current, &line)
        current.assign(number: number, scalars: UnsafeBufferPointer(start: scratch, count: length))
        body(current)
        swap(&line, &spare)
        swap(&spare, &current)
        length = 0
        number += 1
    }

    /// Doubles the scratch buffer (keeping its first `length` scalars).
    private func grow() {
        let grown = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity * 2)
        grown.moveInitialize(from: scratch, count: length)
        scratch.deallocate()
        scratch = grown
        capacity *= 2
    }
}
