/// A numeral glued to one letter that ends every name of a list earlier in the sentence:
/// 实施新的城镇土地使用税和车船税条例,带动两税分别增长2倍和2.9倍; 东村、西村和南村…,三村均已完成.
/// The letter (税, 村, 院) is the names' common noun, so 两税 counts the names that end in
/// it, joined by 、 和 及 与 (the nearest such run before the numeral). Only agreement is
/// reported: the numeral may count names of an earlier sentence.
extension NamedLists {
    static let nameJoiners: ScalarSet = [U.ideoComma, U.s("和"), U.s("及"), U.s("与")]

    /// 两 … 十 alone (the heading parser reads no 两): its value, 0 for any other scalar.
    @inline(__always) static func singleNumeral(_ scalar: UInt32) -> Int {
        switch scalar {
        case 0x4E24, 0x4E8C: return 2   // 两 二
        case 0x4E09: return 3           // 三
        case 0x56DB: return 4           // 四
        case 0x4E94: return 5           // 五
        case 0x516D: return 6           // 六
        case 0x4E03: return 7           // 七
        case 0x516B: return 8           // 八
        case 0x4E5D: return 9           // 九
        case 0x5341: return 10          // 十
        default: return 0
        }
    }

    static func sharedNouns(_ line: LineText, hits: [QuantityHit]) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        let norm = line.norm
        guard norm.count >= 3 else { return [] }
        let numeral = CharClass.cjkNumeral.rawValue
        // Read once per line, not once per scalar of the walks back (a lazy static's access
        // is a call).
        let stops = Sentences.stops, joiners = nameJoiners
        var next = 1
        while next < norm.count - 1 {
            // Straight to the next numeral (a tight loop over the classes).
            let index = line.nextIndex(from: next, classes: numeral)
            guard index < norm.count - 1 else { break }
            next = index + 1
            // One numeral letter of 2–10 (the class table first, then a scalar switch: 一 and
            // every other letter fail here, before anything else is read).
            let value = singleNumeral(norm[index])
            guard value >= 2, !line.cls(index - 1).contains(.cjkNumeral), !line.cls(index + 1).contains(.cjkNumeral),
                  line.cls(index + 1).contains(.ideograph), !hits.contains(where: { $0.start <= index && index < $0.end }) else { continue }
            let run = (value: Double(value), end: index + 1)
            let noun = norm[run.end]
            // The nearest name ending in the noun and followed by a joiner, before the numeral
            // in its sentence and within 60 letters (one pass back over the array).
            var last = -1
            var at = index - 2
            while at >= 1, index - at <= 60 {
                let scalar = norm[at]
                if stops.contains(scalar) { break }
                if scalar == noun, joiners.contains(norm[at + 1]) { last = at; break }
                at -= 1
            }
            guard last >= 1 else { continue }
            var sentenceStart = last
            while sentenceStart > max(0, last - 60), !stops.contains(norm[sentenceStart - 1]) { sentenceStart -= 1 }
            let sentence = sentenceStart..<index
            // Walk back over names that end in the noun, each 2–10 letters, set apart by joiners.
            var names = [Range<Int>]()
            var end = last + 1
            var cursor = last + 2
            // The name after the last joiner runs to the next occurrence of the noun.
            guard let tailEnd = (cursor..<min(index, cursor + 10)).first(where: { line[$0] == noun }) else { continue }
            names.append(cursor..<(tailEnd + 1))
            while true {
                var start = end - 1
                while start > sentence.lowerBound, line.cls(start - 1).contains(.ideograph), !joiners.contains(line[start - 1]), end - start < 10 { start -= 1 }
                guard end - start >= 2 else { break }
                names.insert(start..<end, at: 0)
                guard start >= 2, joiners.contains(line[start - 1]), line[start - 2] == noun else { break }
                end = start - 1
            }
            cursor = tailEnd + 1
            guard names.count == Int(run.value), names.allSatisfy({ $0.count >= 2 && $0.count <= 10 }) else { continue }
            let items = names.map { line.string($0) }
            checks.append(ifAny: make(line, names[0].lowerBound, run.end + 1, Int(run.value), items, strict: false, consistent: true))
        }
        return checks
    }
}
