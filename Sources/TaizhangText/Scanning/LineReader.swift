/// Splits decoded text into lines (\n, \r\n, \r, U+2028, U+2029) and hands each line
/// to a closure as scalars. UTF-8 is decoded by hand from the String's contiguous
/// storage, which is several times faster than iterating Characters.
///
/// Scalars are decoded into one growable scratch buffer, then copied into the line in
/// bulk. Two `LineText` values alternate, so a line's arrays are reused two lines
/// later instead of being allocated per line; a consumer that keeps a line longer
/// (the analyzer's previous line) stays correct because the arrays are copy-on-write.
enum LineReader {
    static func forEachLine(in text: String, _ body: (LineText) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var line = LineText(number: 1, capacity: 1024)
            var spare = LineText(number: 0, capacity: 1024)
            var capacity = 4096
            var scratch = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
            defer { scratch.deallocate() }
            var length = 0
            var number = 1
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                var value: UInt32
                if byte < 0x80 {
                    value = UInt32(byte); index += 1
                } else if byte < 0xE0 {
                    value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F); index += 2
                } else if byte < 0xF0 {
                    value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    value = UInt32(byte & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                if value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 {
                    line.assign(number: number, scalars: UnsafeBufferPointer(start: scratch, count: length))
                    body(line)
                    swap(&line, &spare)
                    length = 0
                    number += 1
                    if value == 0x0D, index < count, bytes[index] == 0x0A { index += 1 }
                } else if value != 0xFEFF || length > 0 || number > 1 {
                    if length == capacity {
                        let grown = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity * 2)
                        grown.moveInitialize(from: scratch, count: length)
                        scratch.deallocate()
                        scratch = grown
                        capacity *= 2
                    }
                    scratch[length] = value
                    length += 1
                }
            }
            if length > 0 {
                line.assign(number: number, scalars: UnsafeBufferPointer(start: scratch, count: length))
                body(line)
            }
        }
    }
}
