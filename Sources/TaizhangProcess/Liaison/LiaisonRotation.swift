import TaizhangDomain

/// SPEC §4.2 "hosted in rotation": who hosted, and who should host next.
public enum LiaisonRotation {
    public struct Standing: Codable, Hashable, Sendable {
        public var unitID: Int
        public var timesHosted: Int
        public var lastHosted: Period?
    }

    /// How often each candidate hosted meetings of `kind`, and when last.
    public static func standings(candidates: [Int], kind: CreationKind, meetings: [LiaisonMeeting]) -> [Standing] {
        candidates.map { id in
            let hosted = meetings.filter { $0.kind == kind && $0.hostUnitID == id }
            return Standing(unitID: id, timesHosted: hosted.count, lastHosted: hosted.map(\.period).max())
        }
    }

    /// SPEC §4.2 rotation: the next host is the candidate that hosted least; among those,
    /// the one that hosted longest ago (never counts as longest); then the lowest id, so
    /// the proposal is deterministic. Nil without candidates.
    public static func propose(candidates: [Int], kind: CreationKind, meetings: [LiaisonMeeting]) -> Standing? {
        standings(candidates: candidates, kind: kind, meetings: meetings).min { a, b in
            if a.timesHosted != b.timesHosted { return a.timesHosted < b.timesHosted }
            switch (a.lastHosted, b.lastHosted) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.unitID < b.unitID
            }
        }
    }
}
