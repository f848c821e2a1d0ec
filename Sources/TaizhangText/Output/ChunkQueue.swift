import Foundation

/// Chunks of output handed from one thread to another in order, at most `limit` waiting
/// (so memory stays bounded: the producer waits when the consumer is behind).
final class ChunkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var chunks: [[UInt8]] = []
    private var closed = false
    private let limit: Int

    init(limit: Int = 16) { self.limit = limit }

    func put(_ chunk: [UInt8]) {
        condition.lock()
        while chunks.count >= limit { condition.wait() }
        chunks.append(chunk)
        condition.broadcast()
        condition.unlock()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk, waiting for it; nil once the queue is closed and empty.
    func next() -> [UInt8]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !closed { condition.wait() }
        guard !chunks.isEmpty else { return nil }
        let chunk = chunks.removeFirst()
        condition.broadcast()
        return chunk
    }
}
