/// Roles a user holds per unit (SPEC §1). A user may hold several roles in several units.
public enum Role: String, Codable, Hashable, Sendable, CaseIterable {
    /// 填报员: records ledger entries for their own unit; drafts submissions.
    case staff
    /// 联络员: owns the unit's reporting: submits, answers returns, receives reminders.
    case liaison
    /// 领导: approves the unit's submissions before they go up.
    case leader
    /// 上级管理员: for a subtree: plans, targets, reviews and returns submissions.
    case supervisor
    /// 系统管理员: users, units, catalogs.
    case admin
    /// 确认人: confirms entries that need a third party's confirmation (e.g. a village
    /// head for a film screening); never the entry's creator.
    case confirmer

    public var chinese: String {
        switch self {
        case .staff: "填报员"
        case .liaison: "联络员"
        case .leader: "领导"
        case .supervisor: "上级管理员"
        case .admin: "系统管理员"
        case .confirmer: "确认人"
        }
    }
}

public struct RoleGrant: Codable, Hashable, Sendable {
    public var unitID: Int
    public var role: Role
    public init(unitID: Int, role: Role) { self.unitID = unitID; self.role = role }
}
