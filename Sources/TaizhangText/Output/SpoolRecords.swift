/// A line's quantities encoded ahead, on a `LinePipeline` worker, as spool records (the
/// layout `Spool` keeps: line, column and length as three little-endian Int64, then the
/// JSON). The analyzer's thread then copies them (`Spool.add(records:)`) instead of
/// encoding every quantity itself: the JSON of a quantity is the line's alone (its column,
/// text, figures and words), so where it is encoded does not change it.
enum SpoolRecords {
    /// The records of `hits` on `line`, in order (empty for none), built in `scratch`.
    static func quantities(_ hits: [QuantityHit], on line: LineText, scratch: inout ByteBuffer) -> [UInt8] {
        guard !hits.isEmpty else { return [] }
        scratch.removeAll()
        for hit in hits {
            let column = line.column(of: hit.start)
            let header = scratch.count
            scratch.reserve(Spool.headerSize)
            for _ in 0..<Spool.headerSize { scratch.appendReserved(0) }
            JSONBytes.quantity(hit, on: line, column: column, into: &scratch)
            var fields = (Int64(line.number).littleEndian, Int64(column).littleEndian,
                          Int64(scratch.count - header - Spool.headerSize).littleEndian)
            withUnsafeBytes(of: &fields) { raw in
                UnsafeMutableRawPointer(scratch.start + header).copyMemory(from: raw.baseAddress!, byteCount: Spool.headerSize)
            }
        }
        return Array(scratch.bytes)
    }
}
