/// A demonstration zone's or project's creation work (SPEC §4), already phrased by the
/// layer that reads the process records: a lead and one topic per kind of record
/// (组织领导, 经费管理, 信息宣传, 督导整改 …). Kept generic so a rule pack that adds its
/// own records adds topics without touching the composer; every number inside the runs
/// is traced to the records it came from.
public struct CreationSection: Codable, Sendable, Equatable {
    /// "示范区", "示范项目" — fills {kind} in the template's heading.
    public var kind: String
    /// The opening sentence of the subsection.
    public var lead: [Run]
    public var topics: [CreationTopic]
    /// One clause for the document's opening ("示范区创建各项工作有序推进，…").
    public var summary: [Run]

    public init(kind: String, lead: [Run], topics: [CreationTopic], summary: [Run] = []) {
        self.kind = kind; self.lead = lead; self.topics = topics; self.summary = summary
    }
}

/// A level-3 item of the creation subsection: "1.强化组织领导" and its paragraph.
public struct CreationTopic: Codable, Sendable, Equatable {
    public var title: String
    public var body: [Run]

    public init(title: String, body: [Run]) { self.title = title; self.body = body }
}
