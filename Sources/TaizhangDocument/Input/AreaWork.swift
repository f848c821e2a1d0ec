/// What a work area's entries were, for the lead sentence "围绕…，组织开展了…等活动":
/// the kinds of work named by their titles, how many places they reached and, in a
/// roll-up, how many of the units below took part.
public struct AreaWork: Codable, Sendable, Equatable {
    /// The most significant kinds of work first.
    public var activities: [ActivityGroup]
    /// The noun the work is summed up with: 活动, 培训, 检查, 工作.
    public var noun: String
    /// Distinct places of the entries (0: not recorded).
    public var placeCount: Int
    public var placeRefs: [SourceRef]
    /// Roll-up only: units below that recorded work in the area.
    public var coverage: Coverage?

    public init(activities: [ActivityGroup] = [], noun: String = "工作", placeCount: Int = 0, placeRefs: [SourceRef] = [],
                coverage: Coverage? = nil) {
        self.activities = activities; self.noun = noun; self.placeCount = placeCount
        self.placeRefs = placeRefs; self.coverage = coverage
    }
}

/// Entries sharing a title (places folded into "基层"): "“文化惠民”文艺演出进基层" ×12.
public struct ActivityGroup: Codable, Sendable, Equatable {
    public var name: String
    public var count: Int
    public var refs: [SourceRef]

    public init(name: String, count: Int, refs: [SourceRef]) {
        self.name = name; self.count = count; self.refs = refs
    }
}

/// "6个街道（镇）中有5个开展了…".
public struct Coverage: Codable, Sendable, Equatable {
    public var units: Int
    public var of: Int
    /// The units that did, by name, for the trace.
    public var refs: [SourceRef]

    public init(units: Int, of: Int, refs: [SourceRef]) { self.units = units; self.of = of; self.refs = refs }
}
