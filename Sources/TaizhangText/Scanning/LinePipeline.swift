import Foundation

/// Prepares lines (`LineText.prepare`: folding, classes, figure spacing) and computes
/// their `LineFacts` on worker threads, a batch of lines at a time, and hands them to
/// `consume` in line order on the calling thread, which runs the analyzer and keeps all
/// state that crosses lines. Reading, the stateful rules and the output stay sequential,
/// so the result is the same as a sequential run; the line-local work runs on the other
/// cores. At most `maxInFlight` batches are held, so memory stays bounded.
final class LinePipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [(index: Int, lines: [LineText])] = []
    /// Prepared batches: their lines, and each line's facts beside it (nil for a line without
    /// content) — not inside the line, whose every copy would retain and release them.
    private var results: [Int: (lines: [LineText], facts: [LineFacts?])] = [:]
    /// Consumed lines, freed by a worker (freeing them costs the analyzer's thread time).
    private var garbage: [([LineText], [LineFacts?])] = []
    private var closed = false
    private var running = 0
    private var submitted = 0
    private var consumed = 0
    private let maxInFlight: Int
    private let consume: (LineText, LineFacts?) -> Void

    /// A line's bytes were not UTF-8 (`LineText.malformed`): it and the lines after it were
    /// not consumed, and the input is to be decoded whole (`StreamingInput`).
    private(set) var malformed = false

    private var current: [LineText] = []
    private var currentScalars = 0
    static let batchScalars = 1 << 16
    static let batchLines = 1024

    /// Worker threads worth starting on this machine: the calling thread analyses, the
    /// others prepare; one per core left idle by the last minute's load, at most 3 (0:
    /// everything runs on the calling thread). A worker costs about 10 % more CPU in all
    /// (hand-offs, allocation, caches), which only pays when it gets a core of its own: on
    /// Linux the scheduler shares the CPU between sessions, so on cores busy with other
    /// work a second thread gets this process no more time (docs/benchmarks.md).
    static var defaultWorkers: Int {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1 else { return 0 }
        var load = [Double](repeating: 0, count: 1)
        let idle = getloadavg(&load, 1) == 1 ? Int(Double(cores) - load[0]) : cores - 1
        return min(max(idle, 0), cores - 1, 3)
    }

    /// Lines per batch (fewer in tests, to cross many batch boundaries).
    private let batchLines: Int

    init(workers: Int, batchLines: Int = LinePipeline.batchLines, consume: @escaping (LineText, LineFacts?) -> Void) {
        self.consume = consume
        self.batchLines = max(1, batchLines)
        maxInFlight = 8 * workers + 8
        current.reserveCapacity(LinePipeline.batchLines)
        running = workers
        for _ in 0..<workers {
            let thread = Thread { [self] in work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Takes one line, `LineText.unprepared` or `undecoded` (a worker prepares it).
    func add(_ line: LineText) {
        current.append(line)
        currentScalars += line.pendingSize
        if current.count >= batchLines || currentScalars >= LinePipeline.batchScalars { submit() }
    }

    /// Waits for every batch and consumes the remaining lines; stops the workers.
    func finish() {
        submit()
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        while consumed < submitted { consumeNext(wait: true) }
        condition.lock()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func submit() {
        guard !current.isEmpty else { return }
        condition.lock()
        queue.append((submitted, current))
        submitted += 1
        condition.broadcast()
        condition.unlock()
        current = []
        current.reserveCapacity(LinePipeline.batchLines)
        currentScalars = 0
        // Consume what is ready; block only when too many batches are held.
        while consumed < submitted, consumeNext(wait: submitted - consumed >= maxInFlight) {}
    }

    /// Consumes the next batch in order if it is done (or, with `wait`, once it is). A
    /// batch no worker has taken yet is prepared here instead of waiting for one (on a busy
    /// machine a worker may wait a while for a core), and while a worker prepares it, later
    /// batches still queued are.
    @discardableResult
    private func consumeNext(wait: Bool) -> Bool {
        condition.lock()
        var lines: [LineText], facts: [LineFacts?]
        if let done = results.removeValue(forKey: consumed) {
            (lines, facts) = done
            condition.unlock()
        } else if wait, let first = queue.first, first.index == consumed {
            queue.removeFirst()
            condition.unlock()
            lines = first.lines
            facts = LinePipeline.prepare(&lines, first: consumed == 0)
        } else {
            while results[consumed] == nil {
                guard wait else { condition.unlock(); return false }
                // A worker is preparing the batch: prepare a later one meanwhile rather than
                // idle, so that whichever side is ahead takes on more of the line-local work.
                if !queue.isEmpty {
                    var (index, later) = queue.removeFirst()
                    condition.unlock()
                    let laterFacts = LinePipeline.prepare(&later, first: index == 0)
                    condition.lock()
                    results[index] = (later, laterFacts)
                    continue
                }
                condition.wait()
            }
            (lines, facts) = results.removeValue(forKey: consumed)!
            condition.unlock()
        }
        // Each line is moved out of the buffer, lent to `consume` and moved back: reading it
        // through the buffer still copied it before the call (retaining and releasing its six
        // references, ≈ 2 % of the analyzer's thread in `perf`), a move is a plain memcpy.
        lines.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in buffer.indices where !malformed {
                if base[index].malformed { malformed = true; continue }
                let line = (base + index).move()
                consume(line, facts[index])
                (base + index).initialize(to: line)
            }
        }
        consumed += 1
        condition.lock()
        garbage.append((lines, facts))
        condition.unlock()
        return true
    }

    /// Prepares a batch's lines and computes their facts. The analyzer's previous line is
    /// the last one with content (unless that was a whole line of site chrome: then it
    /// recomputes what depends on it); unknown for the first line of a batch but the first.
    private static func prepare(_ lines: inout [LineText], first: Bool) -> [LineFacts?] {
        var previous: LineText?? = first ? .some(nil) : nil
        var facts = [LineFacts?](repeating: nil, count: lines.count)
        for position in lines.indices {
            lines[position].prepare()
            guard lines[position].contentStart < lines[position].count else { continue }
            facts[position] = LineFacts(lines[position], previous: previous)
            previous = .some(lines[position])
        }
        return facts
    }

    private func work() {
        while true {
            condition.lock()
            while queue.isEmpty && !closed { condition.wait() }
            if queue.isEmpty {
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            var (index, lines) = queue.removeFirst()
            var trash = garbage
            garbage.removeAll()
            condition.unlock()
            trash.removeAll()
            let facts = LinePipeline.prepare(&lines, first: index == 0)
            condition.lock()
            results[index] = (lines, facts)
            condition.broadcast()
            condition.unlock()
        }
    }
}
