import Foundation
import TaizhangDomain

/// Deterministic cases for the demo and the benchmark: each working day from `start`
/// through `today`, about `perDay` cases spread over the items by weight, most finished
/// well inside the promise, a few late, a few with a slow step, some still open.
public struct ServiceDemoCases: Sendable {
    public var table: WorkingDayTable
    public var seed: UInt64 = 0x5E4_2026
    /// Share of promised cases finished after the promise (some of them after a slow review).
    public var lateShare = 0.004
    public var slowStepShare = 0.002
    public var refusalShare = 0.02

    public init(table: WorkingDayTable) { self.table = table }

    public func cases(from start: CivilDate, through today: CivilDate, perDay: Int, firstID: Int = 1) -> [ServiceCase] {
        var rng = SplitMix64(seed: seed, label: "service-cases")
        let items = ServiceDemoCatalog.items, weights = items.map(\.weight)
        let windows = Dictionary(uniqueKeysWithValues: ServiceDemoCatalog.windows.map { ($0.id, $0) })
        var out: [ServiceCase] = []
        out.reserveCapacity(perDay * 260 * max(today.year - start.year + 1, 1))
        for day in start.dayNumber...today.dayNumber where table.isWorkingDay(day) {
            let n = max(0, perDay + rng.int(-perDay / 5...perDay / 5))
            for _ in 0..<n {
                let item = items[rng.weightedIndex(weights)].item
                let window = item.windowID.flatMap { windows[$0] }
                let staff = window.map { ServiceDemoCatalog.staffIDs(window: $0) }.map { rng.pick($0) }
                let id = firstID + out.count
                var c = ServiceCase(id: id, number: "LJ\(CivilDate(dayNumber: day).iso.replacingOccurrences(of: "-", with: ""))\(String(id % 100_000 + 100_000).dropFirst())",
                                    itemID: item.id, departmentID: item.departmentID, windowID: item.windowID, staffID: staff,
                                    applicant: "申请人\(id % 997)", acceptedAt: instant(day, hour: rng.int(9...16), minute: rng.int(0...59)),
                                    kind: item.kind, statutoryDays: item.statutoryDays, promisedDays: item.promisedDays)
                run(&c, item: item, day: day, today: today.dayNumber, rng: &rng)
                out.append(c)
            }
        }
        return out
    }

    /// Plays the case's steps from the day of acceptance: each step takes 0…its limit
    /// working days (a slow one takes more); the case completes with its last step unless
    /// that lies after today.
    func run(_ c: inout ServiceCase, item: ServiceItem, day: Int, today: Int, rng: inout SplitMix64) {
        let late = item.kind == .promised && rng.chance(lateShare)
        let slow = rng.chance(slowStepShare) || late
        var current = day, started = c.acceptedAt, steps: [CaseStep] = []
        for (i, s) in item.steps.enumerated() {
            var used = s.limitDays == 0 ? 0 : rng.int(0...s.limitDays)
            if i == min(1, item.steps.count - 1) && slow { used = s.limitDays + (late ? item.promisedDays : 1) }
            let end = table.adding(workingDays: used, to: current)
            guard end <= today else {
                steps.append(CaseStep(code: s.code, name: s.name, limitDays: s.limitDays, startedAt: started))
                c.steps = steps
                return
            }
            // Same-day steps take minutes; a step ending on a later day ends in office hours.
            let finished = end == current ? min(started.addingTimeInterval(Double(rng.int(5...60) * 60)), instant(end, hour: 23, minute: 59))
                                          : instant(end, hour: rng.int(9...16), minute: rng.int(0...59))
            steps.append(CaseStep(code: s.code, name: s.name, limitDays: s.limitDays, startedAt: started, finishedAt: finished))
            current = end; started = finished
        }
        c.steps = steps
        c.completedAt = steps.last?.finishedAt
        if rng.chance(refusalShare) {
            c.outcome = .refused
            c.reason = rng.chance(0.97) ? rng.pick(["申请材料不齐全，经一次性告知后未补正", "不符合法定条件", "申请事项不属于本机关职权范围"]) : ""
        } else {
            c.outcome = rng.chance(0.01) ? .withdrawn : .approved
        }
    }

    func instant(_ day: Int, hour: Int, minute: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day * 86_400 - 28_800 + hour * 3600 + minute * 60))
    }
}
