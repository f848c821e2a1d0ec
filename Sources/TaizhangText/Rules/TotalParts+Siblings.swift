/// Three readings of who a figure after 其中 / 分别为 / 包括 belongs to, each taken from a false
/// "parts exceed the total" on an unseen page (series ze, session 19 — after ze's first reading):
/// - a per-base rate (每千常住人口…分别为5.87人、8.12人) is an average, no part of a count;
/// - an enumeration closed by 等 before a clause break (包括A、B等约150人参加,线上讲座24场)
///   ended without figures: what follows in the next clause is the total's sibling;
/// - totals listed side by side in one measure (死亡11人,伤83人) are each broken down by rows
///   that repeat their labels (死亡9人,受伤83人): a figure labelled like a sibling total is the
///   sibling's part, not this total's — parts all of one sibling are read against it, a list
///   mixing two is not added up.
extension TotalParts {
    /// 每千人, 每万人, 每百户, 每10万人 …: a base of a rate (每 before a count word or a digit),
    /// or an average word (人均, 户均 …), in `range`.
    static func perBase(_ line: LineText, in range: Range<Int>) -> Bool {
        let bases: Set<UInt32> = [U.s("十"), U.s("百"), U.s("千"), U.s("万"), U.s("亿")]
        for index in range where line[index] == U.s("每") && index + 1 < line.count {
            let next = line[index + 1]
            if bases.contains(next) || (0x30...0x39).contains(next) { return true }
        }
        return Sentences.contains(line, averages, in: range)
    }

    /// A 等 after the marker, then a clause break, before `position`: the marker's list closed.
    static func listClosed(_ line: LineText, after marker: Int, before position: Int) -> Bool {
        guard let etc = (marker..<position).first(where: { line[$0] == U.s("等") }) else { return false }
        return (etc..<position).contains { line[$0] == U.comma || line[$0] == U.semicolon }
    }

    /// A figure's label (`label`: the ideographs before it in its clause, without 其中 or a
    /// linking verb), its last four letters at most.
    static func nearLabel(_ line: LineText, before position: Int) -> [UInt32] {
        Array(label(line, from: 0, to: position).scalars.suffix(4))
    }

    enum SiblingReading: Equatable { case none, mixed, whole(Int) }

    /// Whose parts the members are: none labelled like a same-measure figure listed before the
    /// total in its sentence (its sibling) and unlike the total → `.none`; all like one sibling
    /// → `.whole(that sibling's index)` (派单601件,超时办理4件。其中热线派单532件、政民互动派单169件:
    /// the breakdown is of 601); some like a sibling, some not → `.mixed` (死亡9人,受伤83人 under
    /// 死亡11人,伤83人: two breakdowns in one list, nothing to add up).
    static func siblingReading(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ members: [QuantityHit],
                               sentence: Range<Int>) -> SiblingReading {
        let total = hits[index]
        let siblings = hits.indices.filter { $0 < index && hits[$0].start >= sentence.lowerBound && hits[$0].change == nil
            && !hits[$0].isPercent && QuantityHit.sameMeasure(hits[$0], total) }
        guard !siblings.isEmpty else { return .none }
        let own = nearLabel(line, before: total.start)
        let labelled = siblings.map { ($0, nearLabel(line, before: hits[$0].start)) }.filter { !$0.1.isEmpty && $0.1 != own }
        guard !own.isEmpty, !labelled.isEmpty else { return .none }
        let owners: [Int?] = members.map { part in
            let label = nearLabel(line, before: part.start)
            guard label.suffix(own.count) != own[...] else { return nil }
            return labelled.last { label.count >= $0.1.count && Array(label.suffix($0.1.count)) == $0.1 }?.0
        }
        if owners.allSatisfy({ $0 == nil }) { return .none }
        if let first = owners[0], owners.allSatisfy({ $0 == first }) { return .whole(first) }
        return .mixed
    }

    /// The members read against the sibling total they belong to: agreement, parts above it
    /// (an error, as for any total), or nothing.
    static func siblingCheck(_ line: LineText, _ sibling: QuantityHit, _ members: [QuantityHit]) -> ArithmeticCheck? {
        let sum = members.reduce(0) { $0 + $1.normalized } / sibling.number.magnitude
        let tolerance = Sentences.tolerance(total: sibling, parts: members)
        if abs(sum - sibling.value) <= tolerance { return make(line, sibling, members, sum, tolerance, true) }
        return sum > sibling.value + tolerance ? make(line, sibling, members, sum, tolerance, false) : nil
    }
}
