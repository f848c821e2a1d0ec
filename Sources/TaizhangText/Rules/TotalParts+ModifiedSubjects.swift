/// 其中:医院诊疗221.23万人次,… ⏎ 公立医院诊疗176.43万人次,…;民营医院诊疗44.80万人次: a line
/// whose figures of one measure name one earlier subject, each with its own modifier in front
/// (公立 / 民营 + 医院诊疗), breaks that earlier figure down again by another criterion
/// (nineteenth pass, corpus y). The subject is read by structure — the parts' common tail, with
/// a different head on each — never from a list of words. When the parts add up to the
/// earlier figure within rounding, the agreement is reported; a mismatch is never called
/// (such a second breakdown need not be complete: 社区卫生服务中心 + 卫生院 of 基层).
extension TotalParts {
    static func modifiedSubjects(_ line: LineText, hits: [QuantityHit], memory: [QuantityHit],
                                 known: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard !memory.isEmpty, hits.count >= 2 else { return [] }
        let parts = hits.filter { !$0.isPercent && $0.change == nil && !$0.isApproximate }
        guard parts.count >= 2, let first = parts.first, let last = parts.last,
              parts.allSatisfy({ isPart($0, of: first) && isPart(first, of: $0) }) else { return [] }
        let sum = parts.reduce(0) { $0 + $1.normalized }
        // The figures first (cheap): a whole among the last figures that the parts make.
        let wholes = memory.suffix(16).reversed().filter { whole in
            isPart(whole, of: first) && isPart(first, of: whole) && whole.normalized > first.normalized
                && abs(sum - whole.normalized) <= Sentences.tolerance(total: whole, parts: parts) * whole.number.magnitude
        }
        guard !wholes.isEmpty else { return [] }
        // Then the words: the whole's subject ends the parts' common tail (公办 and 民办 share 办
        // as well), and each part puts a head of its own in front of it.
        let subjects = parts.map { Array($0.subject) }
        guard let tail = commonTail(subjects), tail.count >= 2,
              let whole = wholes.first(where: { named(by: Array($0.subject), subjects, tail) }) else { return [] }
        let column = line.column(of: first.start)
        if known.contains(where: { $0.line == line.number && $0.column <= column && column < $0.column + $0.text.count }) { return [] }
        let scale = whole.number.magnitude
        let statement = "total \(Sentences.format(whole.normalized / scale))\(whole.unit) (stated earlier) = "
            + parts.map { Sentences.format($0.normalized / scale) }.joined(separator: " + ")
        return [Arithmetic.make(line, "sum", first.start, last.end, statement, true)]
    }

    /// The whole's subject is a tail of the parts' common tail, and the heads before it are
    /// short and all different.
    private static func named(by whole: [Character], _ subjects: [[Character]], _ tail: [Character]) -> Bool {
        guard whole.count >= 2, whole.count <= tail.count, Array(tail.suffix(whole.count)) == whole,
              subjects.allSatisfy({ $0.count > whole.count && $0.count - whole.count <= 4 }) else { return false }
        return Set(subjects.map { String($0.dropLast(whole.count)) }).count == subjects.count
    }

    /// The longest tail that all the subjects share, or nil.
    private static func commonTail(_ subjects: [[Character]]) -> [Character]? {
        guard var tail = subjects.first else { return nil }
        for subject in subjects.dropFirst() {
            var length = 0
            while length < tail.count, length < subject.count, tail[tail.count - 1 - length] == subject[subject.count - 1 - length] { length += 1 }
            tail = Array(tail.suffix(length))
        }
        return tail.isEmpty ? nil : tail
    }
}
