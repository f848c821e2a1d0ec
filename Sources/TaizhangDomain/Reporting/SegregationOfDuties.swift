/// Four eyes on every report (segregation of duties, the internal-control rule that no one
/// person both prepares and signs off the same piece of work; 财政部《行政事业单位内部控制规范》
/// 第十二条 "不相容岗位相互分离"): the user who submitted a report cannot approve it, and the one who
/// approved it cannot accept it. Returning (with a comment) stays open to anyone allowed to.
/// Configurable (`enabled`), on by default.
public struct SegregationOfDuties: Sendable {
    public var enabled: Bool
    public init(enabled: Bool = true) { self.enabled = enabled }

    /// One step of the report's history, oldest first.
    public struct Step: Sendable, Equatable {
        public var action: SubmissionAction
        public var userID: Int
        public init(_ action: SubmissionAction, by userID: Int) { self.action = action; self.userID = userID }
    }

    /// Why `actor` may not take `action` given the history (nil: allowed). Only the steps since
    /// the last submission count: after a return and a new submission the report is new work.
    public func refusal(_ action: SubmissionAction, by actor: Int, history: [Step]) -> DomainError? {
        guard enabled else { return nil }
        let cycle = history.lastIndex { $0.action == .submit }.map { Array(history[$0...]) } ?? []
        let submitter = cycle.first?.userID
        let approver = cycle.last { $0.action == .approve }?.userID
        switch action {
        case .approve where actor == submitter:
            return DomainError("own_submission", zh: "报送人不能审核自己报送的材料，请由其他领导审核。",
                               en: "You submitted this report; another person must approve it.", field: "action")
        case .accept where actor == approver || actor == submitter:
            return DomainError("own_approval", zh: "审核或报送该材料的人员不能再采纳它。",
                               en: "You approved or submitted this report; another person must accept it.", field: "action")
        default:
            return nil
        }
    }
}
