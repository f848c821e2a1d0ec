import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many bytes the spools of one run may keep in memory before they spill to
/// temporary files. Spooling through a file costs a write and a read of every item
/// (a third of the streaming command's time in profiles); an ordinary input's JSON
/// fits easily, and a huge one still runs in bounded memory.
final class SpoolBudget {
    static let defaultBytes = 256 << 20
    /// Read and written by the spools of one run on one thread (the analyzer's, then the
    /// replay): no dynamic exclusivity check (≈ 80 instructions an item in profiles, cli20).
    @exclusivity(unchecked) var remaining: Int
    init(bytes: Int = SpoolBudget.defaultBytes) { remaining = bytes }
}

/// The encoded items of one kind (findings, checks …) of one input, kept in text
/// order: in memory while the shared budget lasts, then in an unlinked temporary file,
/// so that memory does not grow without bound with the input.
///
/// Items arrive in text order nearly always and are appended as they come. One that
/// comes after a later item (decided later: a repeated title, an announced count, a
/// mixed year, or a rule that reports a line's earlier column second) is kept aside in
/// memory — there are few — and merged back in (line, column) order on replay.
final class Spool {
    private struct Item { var line: Int; var column: Int; var sequence: Int; var bytes: [UInt8] }
    private let budget: SpoolBudget
    // A spool is filled by one thread (the analyzer's) and replayed after it, never through
    // overlapping accesses: the dynamic exclusivity checks of its stored properties (two
    // runtime calls an access, several accesses an item) are off, as in `Analyzer`.
    /// The first records, in memory: the full 1 MB chunks, then the one being filled, written
    /// through a pointer (appending to an Array checked its uniqueness and capacity for the
    /// header and again for the bytes: ≈ 500 instructions an item, cli20). Freed in deinit.
    @exclusivity(unchecked) private var chunks: [UnsafeMutableBufferPointer<UInt8>] = []
    @exclusivity(unchecked) private var tail: UnsafeMutablePointer<UInt8>? = nil
    @exclusivity(unchecked) private var tailCount = 0
    @exclusivity(unchecked) private var tailCapacity = 0
    @exclusivity(unchecked) private var descriptor: Int32 = -1
    @exclusivity(unchecked) private var writer: ByteWriter?
    @exclusivity(unchecked) private var spillFailed = false
    @exclusivity(unchecked) private var currentLine = 0
    @exclusivity(unchecked) private var currentColumn = 0
    @exclusivity(unchecked) private var late: [Item] = []
    @exclusivity(unchecked) private var sequence = 0
    @exclusivity(unchecked) private(set) var count = 0
    static let chunkSize = 1 << 20
    static let headerSize = 24

    init(budget: SpoolBudget = SpoolBudget()) {
        self.budget = budget
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        for chunk in chunks { chunk.deallocate() }
        tail?.deallocate()
    }

    func add(line: Int, column: Int, bytes: UnsafeBufferPointer<UInt8>) {
        sequence += 1
        count += 1
        // In order (the usual case): appended. Out of order: aside, merged later.
        if (line, column) < (currentLine, currentColumn) {
            late.append(Item(line: line, column: column, sequence: sequence, bytes: Array(bytes))); return
        }
        currentLine = line
        currentColumn = column
        record(line: line, column: column, bytes: bytes)
    }

    /// Record: line (8 bytes), column (8 bytes), length (8 bytes), then the JSON.
    private func record(line: Int, column: Int, bytes: UnsafeBufferPointer<UInt8>) {
        let size = Spool.headerSize + bytes.count
        let writer = writer ?? (budget.remaining >= size || spillFailed ? nil : spill())
        guard let writer else {
            budget.remaining -= size
            if tail == nil || tailCount + size > tailCapacity {
                if let full = tail { chunks.append(UnsafeMutableBufferPointer(start: full, count: tailCount)) }
                tailCapacity = max(Spool.chunkSize, size)
                tail = UnsafeMutablePointer<UInt8>.allocate(capacity: tailCapacity)
                tailCount = 0
            }
            let at = tail! + tailCount
            var header = (Int64(line).littleEndian, Int64(column).littleEndian, Int64(bytes.count).littleEndian)
            withUnsafeBytes(of: &header) { UnsafeMutableRawPointer(at).copyMemory(from: $0.baseAddress!, byteCount: Spool.headerSize) }
            if let base = bytes.baseAddress { (at + Spool.headerSize).initialize(from: base, count: bytes.count) }
            tailCount += size
            return
        }
        var header = [UInt8]()
        header.reserveCapacity(Spool.headerSize)
        Spool.appendHeader(line: line, column: column, length: bytes.count, to: &header)
        writer.write(header)
        writer.write(bytes)
    }

    /// The temporary file, opened the first time the budget is exhausted (nil when no
    /// temporary file can be created: the items then stay in memory, over budget).
    private func spill() -> ByteWriter? {
        let template = NSTemporaryDirectory() + "/taizhang-spool-XXXXXX"
        var name = Array(template.utf8CString)
        let fd = mkstemp(&name)
        guard fd >= 0 else { spillFailed = true; return nil }
        unlink(name)
        descriptor = fd
        let created = ByteWriter(descriptor: fd)
        writer = created
        return created
    }

    /// The three numbers little-endian, appended at once (byte by byte, each append checked
    /// the array's uniqueness and capacity).
    @inline(__always) private static func appendHeader(line: Int, column: Int, length: Int, to out: inout [UInt8]) {
        var header = (Int64(line).littleEndian, Int64(column).littleEndian, Int64(length).littleEndian)
        withUnsafeBytes(of: &header) { out.append(contentsOf: $0) }
    }

    /// Replays every item in (line, column) order, each with its document number filled in.
    func replay(documentOf: (Int) -> Int, into out: ByteWriter) {
        late.sort { ($0.line, $0.column, $0.sequence) < ($1.line, $1.column, $1.sequence) }
        // Read from a local: each read of the stored array retained and released it.
        let late = self.late
        var replay = Replay(out: out)
        var lateIndex = 0
        func emitLate(upTo line: Int, column: Int) {
            while lateIndex < late.count, (late[lateIndex].line, late[lateIndex].column) <= (line, column) {
                let item = late[lateIndex]
                item.bytes.withUnsafeBufferPointer { replay.emit(item.line, $0, documentOf) }
                lateIndex += 1
            }
        }
        func records(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
            var start = 0
            while buffer.count - start >= Spool.headerSize {
                let line = buffer.int64(at: start), column = buffer.int64(at: start + 8), length = buffer.int64(at: start + 16)
                guard buffer.count - start >= Spool.headerSize + length else { break }
                if lateIndex < late.count { emitLate(upTo: line, column: column - 1) }
                replay.emit(line, UnsafeBufferPointer(rebasing: buffer[(start + Spool.headerSize)..<(start + Spool.headerSize + length)]), documentOf)
                start += Spool.headerSize + length
            }
            replay.flush()
            return start
        }
        for chunk in chunks { _ = records(UnsafeBufferPointer(chunk)) }
        if let tail { _ = records(UnsafeBufferPointer(start: tail, count: tailCount)) }
        if let writer {
            writer.flush()
            lseek(descriptor, 0, SEEK_SET)
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            var filled = 0
            while true {
                let got = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, $0.count - filled) }
                if got > 0 { filled += got }
                let used = chunk.withUnsafeBufferPointer { records(UnsafeBufferPointer(rebasing: $0[0..<filled])) }
                // Keep the unread tail; grow the buffer for a record larger than it.
                if used > 0 {
                    chunk.withUnsafeMutableBytes { raw in _ = memmove(raw.baseAddress!, raw.baseAddress! + used, filled - used) }
                    filled -= used
                }
                if filled >= Spool.headerSize {
                    let length = chunk.withUnsafeBufferPointer { $0.int64(at: 16) }
                    if Spool.headerSize + length > chunk.count { chunk.append(contentsOf: [UInt8](repeating: 0, count: Spool.headerSize + length)) }
                }
                if got <= 0 && used == 0 { break }
            }
        }
        emitLate(upTo: Int.max, column: Int.max)
        replay.flush()
        replay.bytes.free()
    }

    /// The output of `replay`, gathered in a local buffer and handed to the writer a chunk at
    /// a time: writing each piece of each item to the `ByteWriter` (a class) went through an
    /// exclusivity check per call, which showed in profiles. The buffer is written through a
    /// pointer (`ByteBuffer`): the replay runs after the analysis, with no worker beside it.
    private struct Replay {
        let out: ByteWriter
        var bytes = ByteBuffer(capacity: Spool.chunkSize + 65_536)
        var first = true
        var cachedLine = -1
        /// The document of `cachedLine` and its digits: rebuilt only when the document changes
        /// (a line's number was looked up, then its digits built as a String and an Array, for
        /// every line with an item).
        var cachedNumber = -1
        var cachedDocument: [UInt8] = []

        init(out: ByteWriter) { self.out = out }

        /// Before each item a line break, after a comma but for the first; the NUL slot of
        /// `document` replaced by the item's document number.
        mutating func emit(_ line: Int, _ item: UnsafeBufferPointer<UInt8>, _ documentOf: (Int) -> Int) {
            if first { bytes.append(0x0A) } else { bytes.append(0x2C, 0x0A) }
            first = false
            // memchr: the item's bytes are scanned with SIMD rather than one by one.
            if let base = item.baseAddress, let found = memchr(base, Int32(JSONBytes.documentSlot), item.count) {
                let slot = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                bytes.append(UnsafeBufferPointer(rebasing: item[..<slot]))
                if line != cachedLine {
                    cachedLine = line
                    let document = documentOf(line)
                    if document != cachedNumber { cachedNumber = document; cachedDocument = Array(String(document).utf8) }
                }
                cachedDocument.withUnsafeBufferPointer { bytes.append($0) }
                bytes.append(UnsafeBufferPointer(rebasing: item[(slot + 1)...]))
            } else {
                bytes.append(item)
            }
            if bytes.count >= Spool.chunkSize { flush() }
        }

        mutating func flush() {
            guard bytes.count > 0 else { return }
            out.write(bytes.bytes)
            bytes.removeAll()
        }
    }
}

private extension UnsafeBufferPointer where Element == UInt8 {
    /// The little-endian number of a record header, read in one load.
    func int64(at offset: Int) -> Int {
        precondition(offset >= 0 && offset + 8 <= count)
        return Int(Int64(littleEndian: UnsafeRawPointer(baseAddress! + offset).loadUnaligned(as: Int64.self)))
    }
}
