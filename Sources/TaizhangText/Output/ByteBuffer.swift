import Foundation

/// Bytes written through a pointer into storage grown as needed, for the JSON of the
/// streamed items (`JSONBytes`): appending to an Array checked its uniqueness and capacity
/// at every byte or piece (a JSON key is five appends, an item a few dozen), about a
/// tenth of the analyzer thread's instructions. The owner calls `free` once.
struct ByteBuffer {
    private(set) var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        start = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    func free() { start.deallocate() }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    mutating func removeAll() { count = 0 }

    /// Drops the bytes from `mark` on (written and then found to need another form).
    mutating func truncate(to mark: Int) { count = Swift.min(count, mark) }

    /// Bytes where `reserve` already made room.
    @inline(__always) mutating func appendReserved(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        (start + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Takes `written` bytes the caller wrote from `start + count` on, where `reserve` made room
    /// (an encoder's loop keeps its cursor in a register: `appendUTF8Plain`).
    @inline(__always) mutating func advance(by written: Int) { count += written }

    /// A byte where `reserve` already made room.
    @inline(__always) mutating func appendReserved(_ byte: UInt8) {
        start[count] = byte
        count += 1
    }

    /// Room for `extra` more bytes.
    @inline(__always) mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        var grown = capacity * 2
        while grown < needed { grown *= 2 }
        let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        storage.initialize(from: start, count: count)
        start.deallocate()
        start = storage
        capacity = grown
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    /// Two bytes at once (a quote and a colon, a backslash and a letter).
    @inline(__always) mutating func append(_ first: UInt8, _ second: UInt8) {
        reserve(2)
        start[count] = first
        start[count + 1] = second
        count += 2
    }

    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (start + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }
}
