/// Quantities written from their hit and line (`SpoolSink.quantity(_:on:)`): the same bytes as
/// `quantity(Analyzer.quantity(hit, line))`, without building the `Quantity` — its text is
/// encoded from the line's scalars, its words read from the hit.
extension JSONBytes {
    static func quantity(_ hit: QuantityHit, on line: LineText, column: Int, into out: inout ByteBuffer) {
        out.append(0x7B)
        var first = true
        if let change = hit.change { key("change", &out, first: true); string(change, into: &out); first = false }
        key("column", &out, first: first); int(column, into: &out)
        document(&out)
        key("line", &out); int(line.number, into: &out)
        let value = hit.number.value, multiplier = hit.number.magnitude
        key("multiplier", &out); number(multiplier, into: &out)
        // As `Quantity.init` computes it.
        key("normalized", &out); number(value * multiplier, into: &out)
        if let qualifier = hit.qualifier { key("qualifier", &out); string(qualifier, into: &out) }
        key("subject", &out)
        let subject = hit.subjectText
        let plain = subject.raw.withUnsafeBufferPointer { plainScalars(UnsafeBufferPointer(rebasing: $0[subject.bounds]), into: &out) }
        if !plain { string(subject.string, into: &out) }
        key("text", &out); lineText(line, hit.start..<hit.end, then: nil, into: &out)
        key("unit", &out); string(hit.unit, into: &out)
        key("value", &out); number(value, into: &out)
        out.append(0x7D)
    }
}
