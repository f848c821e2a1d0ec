import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The encoded items of one kind (findings, checks …) of one input, kept in an unlinked
/// temporary file in text order, so that memory does not grow with the input.
///
/// Items arrive in text order nearly always and go straight to the file. One that comes
/// after a later item (decided later: a repeated title, an announced count, a mixed
/// year, or a rule that reports a line's earlier column second) is kept aside in memory
/// — there are few — and merged back in (line, column) order when the spool is replayed.
final class Spool {
    private struct Item { var line: Int; var column: Int; var sequence: Int; var bytes: [UInt8] }
    private let descriptor: Int32
    private let writer: ByteWriter
    private var currentLine = 0
    private var currentColumn = 0
    private var late: [Item] = []
    private var sequence = 0
    private(set) var count = 0

    init() throws {
        let template = NSTemporaryDirectory() + "/taizhang-spool-XXXXXX"
        var name = Array(template.utf8CString)
        let fd = mkstemp(&name)
        guard fd >= 0 else { throw TextInputError.unreadable(path: template, reason: "无法创建临时文件 / cannot create a temporary file") }
        unlink(String(cString: name))
        descriptor = fd
        writer = ByteWriter(descriptor: fd)
    }

    deinit { close(descriptor) }

    func add(line: Int, column: Int, bytes: [UInt8]) {
        sequence += 1
        count += 1
        // In order (the usual case): straight to the file. Out of order: aside, merged later.
        if (line, column) < (currentLine, currentColumn) {
            late.append(Item(line: line, column: column, sequence: sequence, bytes: bytes)); return
        }
        currentLine = line
        currentColumn = column
        record(line: line, column: column, bytes: bytes)
    }

    /// Record: line (8 bytes), column (8 bytes), length (8 bytes), then the JSON.
    private var header = [UInt8](repeating: 0, count: 24)

    private func record(line: Int, column: Int, bytes: [UInt8]) {
        for (offset, value) in [line, column, bytes.count].enumerated() {
            var v = UInt64(bitPattern: Int64(value))
            for i in 0..<8 { header[offset * 8 + i] = UInt8(truncatingIfNeeded: v); v >>= 8 }
        }
        writer.write(header)
        writer.write(bytes)
    }

    /// Replays every item in (line, column) order, each with its document number filled in.
    func replay(documentOf: (Int) -> Int, into out: ByteWriter) {
        writer.flush()
        late.sort { ($0.line, $0.column, $0.sequence) < ($1.line, $1.column, $1.sequence) }
        var lateIndex = 0
        var first = true
        var cachedLine = -1, cachedDocument: [UInt8] = []
        func emit(_ line: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
            if !first { out.write([0x2C, 0x0A]) } else { out.write([0x0A]) }
            first = false
            if let slot = bytes.firstIndex(of: JSONBytes.documentSlot) {
                out.write(UnsafeBufferPointer(rebasing: bytes[..<slot]))
                if line != cachedLine { cachedLine = line; cachedDocument = Array(String(documentOf(line)).utf8) }
                out.write(cachedDocument)
                out.write(UnsafeBufferPointer(rebasing: bytes[(slot + 1)...]))
            } else {
                out.write(bytes)
            }
        }
        func emitLate(upTo line: Int, column: Int) {
            while lateIndex < late.count, (late[lateIndex].line, late[lateIndex].column) <= (line, column) {
                let item = late[lateIndex]
                item.bytes.withUnsafeBufferPointer { emit(item.line, $0) }
                lateIndex += 1
            }
        }
        lseek(descriptor, 0, SEEK_SET)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var filled = 0, start = 0
        while true {
            // Keep the unread tail, then refill.
            if start > 0 {
                chunk.withUnsafeMutableBytes { raw in
                    _ = memmove(raw.baseAddress!, raw.baseAddress! + start, filled - start)
                }
                filled -= start; start = 0
            }
            let got = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if got > 0 { filled += got }
            var progressed = false
            while filled - start >= 24 {
                let line = chunk.int64(at: start), column = chunk.int64(at: start + 8), length = chunk.int64(at: start + 16)
                if 24 + length > chunk.count { chunk.append(contentsOf: [UInt8](repeating: 0, count: 24 + length)) }
                guard filled - start >= 24 + length else { break }
                emitLate(upTo: line, column: column - 1)
                chunk.withUnsafeBufferPointer { emit(line, UnsafeBufferPointer(rebasing: $0[(start + 24)..<(start + 24 + length)])) }
                start += 24 + length
                progressed = true
            }
            if got <= 0 && !progressed { break }
        }
        emitLate(upTo: Int.max, column: Int.max)
    }
}

private extension Array where Element == UInt8 {
    func int64(at offset: Int) -> Int {
        var value: Int64 = 0
        for i in 0..<8 { value |= Int64(self[offset + i]) << (8 * Int64(i)) }
        return Int(value)
    }
}
