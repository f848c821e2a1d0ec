/// 共上报案件11211件,其中,社会公众举报57件,领导交办4件,12319热线92件,采集员自行处置3491件,…派遣案件7720件:
/// one 其中 list that holds two breakdowns of the total — first where some of the items came from
/// (a subset: 57 + 4 + 92), then how all of them were handled (3491 + 7720 = 11211). The parts as a
/// whole exceed the total, but a run of consecutive parts, each in a clause of its own, makes it
/// exactly: that run is the partition the sentence states, and the list is read as consistent
/// instead of flagged. Dev zd01 (series zd); TotalParts' own prefix reading covers the run that
/// starts at the first part.
///
/// Guards (an exact run by accident would hide an error): the run starts after the first part and
/// holds two parts or more; the parts before it stay below the total (a subset, not a breakdown of
/// their own); the total is exact and has two digits at least (small counts match by chance); every
/// part of the run is exact and opens its own clause (a 、-list is one breakdown, read whole).
extension TotalParts {
    static func partitionRun(_ line: LineText, _ total: QuantityHit, _ members: [QuantityHit]) -> (parts: [QuantityHit], sum: Double, tolerance: Double)? {
        let scale = total.number.magnitude
        guard members.count >= 3, total.value >= 10, !total.isApproximate else { return nil }
        for first in 1..<(members.count - 1) {
            let before = members[..<first].reduce(0) { $0 + $1.normalized } / scale
            guard before < total.value else { return nil }
            var running = 0.0
            for last in first..<members.count {
                let part = members[last]
                guard !part.isApproximate, opensClause(line, part, after: members[last - 1]) else { break }
                running += part.normalized / scale
                let run = Array(members[first...last])
                let tolerance = Sentences.tolerance(total: total, parts: run)
                if run.count >= 2, abs(running - total.value) <= tolerance { return (run, running, tolerance) }
                if running > total.value + tolerance { break }
            }
        }
        return nil
    }

    /// The first break after the figure before is a clause break (，or ；), not the 、 of a list
    /// (a 、 later, inside the part's own label, is allowed: 向…部门和A镇、B乡、C区派遣7720件).
    static func opensClause(_ line: LineText, _ part: QuantityHit, after previous: QuantityHit) -> Bool {
        guard let first = (previous.end..<part.start).first(where: { line[$0] == U.comma || line[$0] == U.semicolon || line[$0] == U.ideoComma })
        else { return false }
        return line[first] != U.ideoComma
    }
}
