import Foundation

/// The writing thread of a background `ByteWriter`: one buffer written while the
/// caller fills the other.
final class BackgroundWrites: @unchecked Sendable {
    private let descriptor: Int32
    private let condition = NSCondition()
    private var pending: [UInt8]? = nil
    private var spare: [UInt8]? = nil
    private var closed = false
    private var running = true
    private(set) var failed = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
        let thread = Thread { [self] in run() }
        thread.start()
    }

    /// Takes the full `buffer` for writing and gives back an empty one.
    func hand(_ buffer: inout [UInt8]) {
        condition.lock()
        while pending != nil { condition.wait() }
        pending = buffer
        if let reused = spare { buffer = reused; spare = nil } else {
            buffer = []
            buffer.reserveCapacity(ByteWriter.flushSize + 65_536)
        }
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the buffer handed last is written.
    func wait() {
        condition.lock()
        while pending != nil { condition.wait() }
        condition.unlock()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    private func run() {
        condition.lock()
        while true {
            while pending == nil && !closed { condition.wait() }
            guard var bytes = pending else { break }
            condition.unlock()
            let ok = failed ? false : ByteWriter.writeAll(descriptor, bytes)
            bytes.removeAll(keepingCapacity: true)
            condition.lock()
            if !ok { failed = true }
            pending = nil
            spare = bytes
            condition.broadcast()
        }
        running = false
        condition.broadcast()
        condition.unlock()
    }
}
