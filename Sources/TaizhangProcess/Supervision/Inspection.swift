import TaizhangDomain

/// SPEC §4.4: an inspection (督导检查) of a zone/project by the national office, planned
/// then held, with written feedback to the local and the provincial government.
public struct Inspection: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var unitID: Int
    public var plannedOn: CivilDate
    public var heldOn: CivilDate?
    public var inspectors: [String]
    public var feedback: InspectionFeedback?
    /// What the inspection found; each becomes a rectification item.
    public var findings: [String]

    public init(id: Int, unitID: Int, plannedOn: CivilDate, heldOn: CivilDate? = nil, inspectors: [String] = [],
                feedback: InspectionFeedback? = nil, findings: [String] = []) {
        self.id = id; self.unitID = unitID; self.plannedOn = plannedOn; self.heldOn = heldOn
        self.inspectors = inspectors; self.feedback = feedback; self.findings = findings
    }

    /// The year the inspection counts for: when held, else when planned.
    public var year: Int { (heldOn ?? plannedOn).year }
}

/// 书面反馈: sent on a day to addressees named by the rule set's codes.
public struct InspectionFeedback: Codable, Hashable, Sendable {
    public var sentOn: CivilDate
    /// Codes of `SupervisionRules.feedbackAddressees` (`local_government`, `provincial_government`).
    public var addressees: [String]
    public var text: String

    public init(sentOn: CivilDate, addressees: [String], text: String) {
        self.sentOn = sentOn; self.addressees = addressees; self.text = text
    }
}
