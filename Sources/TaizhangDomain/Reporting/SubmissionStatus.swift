/// The life of a submission (报送): draft → submitted → leader-approved → accepted,
/// or returned with a comment and resubmitted.
public enum SubmissionStatus: String, Codable, Sendable, CaseIterable {
    case draft, submitted
    case leaderApproved = "leader_approved"
    case accepted, returned

    public var chinese: String {
        switch self {
        case .draft: "草稿"; case .submitted: "已报送"; case .leaderApproved: "领导已审核"
        case .accepted: "已采纳"; case .returned: "已退回"
        }
    }
}

public enum SubmissionAction: String, Codable, Sendable, CaseIterable {
    case submit, approve, accept
    /// 退回: a leader or supervisor sends it back with a comment.
    case `return`

    /// The status the action leads to, or nil when not allowed from `status`.
    public func target(from status: SubmissionStatus) -> SubmissionStatus? {
        switch (self, status) {
        case (.submit, .draft), (.submit, .returned): return .submitted
        case (.approve, .submitted): return .leaderApproved
        case (.accept, .leaderApproved): return .accepted
        case (.return, .submitted), (.return, .leaderApproved): return .returned
        default: return nil
        }
    }

    /// Who may take the action on a unit's submission.
    public var requiredAction: AccessScope.Action {
        switch self {
        case .submit: .submit
        case .approve: .approve
        case .accept: .review
        case .return: .review
        }
    }

    /// A return needs a comment so the unit knows what to fix.
    public var needsComment: Bool { self == .return }

    public var chinese: String {
        switch self { case .submit: "报送"; case .approve: "审核"; case .accept: "采纳"; case .return: "退回" }
    }
}
