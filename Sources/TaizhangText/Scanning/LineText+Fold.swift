/// Decoding and folding a pending line in one pass over its bytes (`prepare` on a
/// `LinePipeline` worker): each scalar is decoded, written to `raw`, folded into `norm` and
/// classified into `classes` at once. Decoding first and folding after (`decode`, then
/// `analyse`) wrote `raw`, copied it into `norm`, zero-filled `classes` and read every
/// scalar again. The per-scalar step is `FoldTally.add`, the one `analyse` uses, and the
/// UTF-8 checks are `decode`'s, so the line is the same (`LineSplitterTests`).
extension LineText {
    /// What the folding pass gathers over a line's scalars besides `norm` and `classes`.
    struct FoldTally {
        var union: UInt8 = 0
        var present: UInt64 = 0
        /// The union of the scalars' table entries: `combiningFlag` set when one may combine.
        /// (The first such index is found afterwards, in the rare lines that hold one: a
        /// comparison per scalar for every line cost more, cli15.)
        var entries: UInt32 = 0
        var mayCombine: Bool { entries & CharClass.combiningFlag != 0 }
        var spaceNearDigit = false
        private var previous: UInt8 = 0

        /// Folds and classifies the scalar at `index`: its `norm` value and its class bits.
        @inline(__always) mutating func add(_ value: UInt32, at index: Int, table: UnsafeBufferPointer<UInt32>,
                                            folds: UnsafeBufferPointer<UInt32>) -> (norm: UInt32, bits: UInt8) {
            // Beyond the BMP nothing folds, and every scalar may combine.
            let entry = value < 0x10000 ? table[Int(value)] : UInt32(CharClass.of(value).rawValue) | CharClass.combiningFlag
            let folded = value < 0x10000 ? folds[Int(value)] : value
            let bits = UInt8(truncatingIfNeeded: entry)
            union |= bits
            present |= 1 &<< UInt64(entry >> CharClass.triggerShift)
            entries |= entry
            if (bits | previous) & CharClass.space.rawValue != 0, (bits | previous) & CharClass.digit.rawValue != 0 {
                spaceNearDigit = true
            }
            previous = bits
            return (folded, bits)
        }
    }

    /// `decode(bytes, firstLine:, into: &raw)` followed by `analyse()`, in one pass; false
    /// for malformed UTF-8 (then only `raw` is set, to the scalars before the fault, as `decode`
    /// leaves it).
    mutating func decodeAndAnalyse(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Bool) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            adopt(raw: [], norm: [], classes: [], tally: FoldTally())
            return true
        }
        let count = bytes.count
        var start = 0
        if firstLine { while start + 2 < count, base[start] == 0xEF, base[start + 1] == 0xBB, base[start + 2] == 0xBF { start += 3 } }
        let capacity = LineText.leadBytes(base + start, count - start)
        var valid = true
        var tally = FoldTally()
        var newNorm = [UInt32](), newClasses = [UInt8]()
        let newRaw = [UInt32](unsafeUninitializedCapacity: capacity) { rawBuffer, rawLength in
            newNorm = [UInt32](unsafeUninitializedCapacity: capacity) { normBuffer, normLength in
                newClasses = [UInt8](unsafeUninitializedCapacity: capacity) { classBuffer, classLength in
                    CharClass.bmpTable.withUnsafeBufferPointer { table in
                        CharClass.foldTable.withUnsafeBufferPointer { folds in
                            let rawOut = rawBuffer.baseAddress!, normOut = normBuffer.baseAddress!, classOut = classBuffer.baseAddress!
                            // Local copies of the captured state, written back once: updated through the
                            // closures' captures, every field went to memory on every scalar.
                            var index = start, length = 0, ok = true, sums = tally
                            while index < count {
                                let byte = base[index]
                                let value: UInt32
                                if byte < 0x80 {
                                    value = UInt32(byte)
                                    index &+= 1
                                } else if byte & 0xF0 == 0xE0, index &+ 2 < count {
                                    // As in `decode`: continuations, no overlong form, no surrogate.
                                    let second = base[index &+ 1], third = base[index &+ 2]
                                    value = UInt32(byte & 0x0F) &<< 12 | UInt32(second & 0x3F) &<< 6 | UInt32(third & 0x3F)
                                    if (second & 0xC0 ^ 0x80) | (third & 0xC0 ^ 0x80) != 0 || value < 0x800 || value & 0xF800 == 0xD800 {
                                        ok = false; break
                                    }
                                    index &+= 3
                                } else {
                                    guard let (other, width) = LineText.decodeOther(base, index, count) else { ok = false; break }
                                    value = other
                                    index += width
                                }
                                let (folded, bits) = sums.add(value, at: length, table: table, folds: folds)
                                rawOut[length] = value
                                normOut[length] = folded
                                classOut[length] = bits
                                length &+= 1
                            }
                            tally = sums
                            valid = ok
                            rawLength = length
                            normLength = ok ? length : 0
                            classLength = ok ? length : 0
                        }
                    }
                }
            }
        }
        adopt(raw: newRaw, norm: newNorm, classes: newClasses, tally: valid ? tally : nil)
        return valid
    }

    /// The first index whose scalar may combine with its neighbour (beyond the BMP every one
    /// may; in it, `mayCombine` as the table records it), or `raw.count`.
    static func firstCombining(_ raw: [UInt32]) -> Int {
        CharClass.bmpTable.withUnsafeBufferPointer { table in
            raw.firstIndex { $0 >= 0x10000 || table[Int($0)] & CharClass.combiningFlag != 0 } ?? raw.count
        }
    }
}
