/// Who may confirm a ledger entry (SPEC §2: "由村委负责人签字").
/// - An entry that needs third-party confirmation stays 待确认 until a user other than its
///   creator confirms it: a 确认人 of the entry's unit (or of a unit above it, e.g. the
///   village committee's account), or a supervisor over the unit. The creator never
///   confirms her own entry: a confirmation by oneself proves nothing.
/// - An imported entry (no third party needed) is checked by anyone who writes the unit's
///   ledger, the importer included: that is proofreading the import, not a confirmation.
public enum Confirmation {
    public enum Decision: Sendable, Equatable {
        case allowed
        case refused(DomainError)
    }

    public static func decide(thirdParty: Bool, creatorID: Int, actorID: Int, unitID: Int, scope: AccessScope) -> Decision {
        guard thirdParty else {
            return scope.can(.writeLedger, on: unitID) ? .allowed : .refused(notAllowed)
        }
        if actorID == creatorID {
            return .refused(DomainError("own_entry_confirmation",
                                        zh: "不能确认自己填报的台账记录，请由确认人（如村委负责人）或上级管理员确认。",
                                        en: "You cannot confirm an entry you recorded yourself; a confirmer (e.g. the village head) or a supervisor must.",
                                        field: "confirmer"))
        }
        let roles = scope.roles(on: unitID)
        let confirmerAbove = scope.grants.contains { g in
            g.role == .confirmer && (g.unitID == unitID || scope.tree.ancestors(of: unitID).contains { $0.id == g.unitID })
        }
        if confirmerAbove || roles.contains(.supervisor) || roles.contains(.admin) { return .allowed }
        return .refused(notAllowed)
    }

    static let notAllowed = DomainError("confirmation_not_allowed",
                                        zh: "只有该单位的确认人或上级管理员可以确认这条台账记录。",
                                        en: "Only the unit's confirmer or a supervisor may confirm this entry.", field: "confirmer")
}
