/// Records encoded ahead (by a `LinePipeline` worker, `SpoolRecords`) in the spool's own
/// layout, taken in one copy: the calling thread of the streaming check no longer encodes
/// a line's quantities item by item, it copies the worker's bytes.
extension Spool {
    /// Adds the records of `block` (headers and JSON, `Spool.headerSize` each before its
    /// item) as `add(line:column:bytes:)` would add them one by one. In one copy when every
    /// record is in text order, none is late and the in-memory budget holds the block;
    /// otherwise one at a time (the same items, the same order, the same spill point).
    func add(records block: UnsafeBufferPointer<UInt8>) {
        guard let base = block.baseAddress, !block.isEmpty else { return }
        var offset = 0, items = 0
        var line = currentLine, column = currentColumn, ordered = true
        while offset + Spool.headerSize <= block.count {
            let itemLine = block.int64(at: offset), itemColumn = block.int64(at: offset + 8)
            if (itemLine, itemColumn) < (line, column) { ordered = false }
            (line, column) = (itemLine, itemColumn)
            offset += Spool.headerSize + block.int64(at: offset + 16)
            items += 1
        }
        precondition(offset == block.count, "a block of whole records")
        guard ordered, writer == nil, budget.remaining >= block.count else {
            offset = 0
            while offset < block.count {
                let length = block.int64(at: offset + 16)
                add(line: block.int64(at: offset), column: block.int64(at: offset + 8),
                    bytes: UnsafeBufferPointer(start: base + offset + Spool.headerSize, count: length))
                offset += Spool.headerSize + length
            }
            return
        }
        sequence += items
        count += items
        (currentLine, currentColumn) = (line, column)
        budget.remaining -= block.count
        appendToChunk(block)
    }
}
