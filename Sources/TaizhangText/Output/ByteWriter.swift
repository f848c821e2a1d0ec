import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to a file descriptor (standard output or a spool file): one write(2)
/// per megabyte instead of one per item. With `background`, full buffers are written by
/// a thread of their own while the next one fills (the kernel's copy of a large output
/// then costs the caller nothing); `drain` waits for them.
final class ByteWriter {
    let descriptor: Int32
    private(set) var buffer: [UInt8] = []
    private var ownFailure = false
    private let background: BackgroundWrites?
    static let flushSize = 1 << 20

    var failed: Bool { ownFailure || (background?.failed ?? false) }

    init(descriptor: Int32, background: Bool = false) {
        self.descriptor = descriptor
        self.background = background ? BackgroundWrites(descriptor: descriptor) : nil
        buffer.reserveCapacity(ByteWriter.flushSize + 65_536)
    }

    deinit { background?.close() }

    @inline(__always) func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= ByteWriter.flushSize { flush() }
    }

    func write(_ text: String) { write(Array(text.utf8)) }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= ByteWriter.flushSize { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        if let background { background.hand(&buffer); return }
        if !ByteWriter.writeAll(descriptor, buffer) { ownFailure = true }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and waits until every byte has been written.
    func drain() {
        flush()
        background?.wait()
    }

    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc_write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 { if errno == EINTR { continue }; return false }
                offset += written
            }
            return true
        }
    }
}

@inline(__always) private func Glibc_write(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, pointer, count)
    #else
    return Darwin.write(fd, pointer, count)
    #endif
}
