import Foundation

/// The writing thread of a background `ByteWriter`: full buffers are queued and written
/// in order while the caller fills the next. Up to `depth` buffers may wait, so that on a
/// busy machine, where the writing thread may wait a while for a core, the caller rarely
/// has to wait for it.
final class BackgroundWrites: @unchecked Sendable {
    private let descriptor: Int32
    private let condition = NSCondition()
    private var queue: [[UInt8]] = []
    private var spares: [[UInt8]] = []
    private var writing = false
    private var closed = false
    private var running = true
    private(set) var failed = false
    static let depth = 16

    init(descriptor: Int32) {
        self.descriptor = descriptor
        let thread = Thread { [self] in run() }
        thread.start()
    }

    /// Takes the full `buffer` for writing and gives back an empty one.
    func hand(_ buffer: inout [UInt8]) {
        condition.lock()
        while queue.count >= BackgroundWrites.depth { condition.wait() }
        queue.append(buffer)
        if let reused = spares.popLast() { buffer = reused } else {
            buffer = []
            buffer.reserveCapacity(ByteWriter.flushSize + 65_536)
        }
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every buffer handed so far is written.
    func wait() {
        condition.lock()
        while !queue.isEmpty || writing { condition.wait() }
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
            while queue.isEmpty && !closed { condition.wait() }
            guard !queue.isEmpty else { break }
            var bytes = queue.removeFirst()
            writing = true
            condition.unlock()
            let ok = failed ? false : ByteWriter.writeAll(descriptor, bytes)
            bytes.removeAll(keepingCapacity: true)
            condition.lock()
            writing = false
            if !ok { failed = true }
            if spares.count < 2 { spares.append(bytes) }
            condition.broadcast()
        }
        running = false
        condition.broadcast()
        condition.unlock()
    }
}
