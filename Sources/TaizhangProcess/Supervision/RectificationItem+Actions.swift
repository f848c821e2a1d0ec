import Foundation
import TaizhangDomain

extension RectificationItem {
    /// SPEC §4.4 "extension requests (before the due date, with reason)": refused after the
    /// deadline in force (on the due day itself only if `allowOnDueDay`), without a reason
    /// when one is required, with a new deadline not after the current one, while another
    /// request is pending, or once the item is closed.
    public mutating func requestExtension(on day: CivilDate, newDeadline: CivilDate, reason: String,
                                          rules: ExtensionRule) throws {
        try requireOpen()
        let due = dueDate
        if day > due || (day == due && !rules.allowOnDueDay) {
            throw DomainError("extension_too_late", zh: "整改期限（\(due.chinese)）已到，不能再申请延期",
                              en: "Extensions must be requested before the deadline (\(due))", field: "requested_on")
        }
        if rules.reasonRequired && reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError("extension_reason", zh: "申请延期须说明理由", en: "An extension request needs a reason", field: "reason")
        }
        if newDeadline <= due {
            throw DomainError("extension_date", zh: "延期后的期限须晚于\(due.chinese)", en: "The new deadline must be after \(due)", field: "new_deadline")
        }
        if extensions.contains(where: { $0.decision == nil }) {
            throw DomainError("extension_pending", zh: "已有待审批的延期申请", en: "An extension request is already pending")
        }
        extensions.append(ExtensionRequest(requestedOn: day, newDeadline: newDeadline, reason: reason, decision: nil))
    }

    /// Approves or refuses the pending request; an approval moves `dueDate`.
    public mutating func decideExtension(approve: Bool, on day: CivilDate, note: String = "") throws {
        guard let i = extensions.lastIndex(where: { $0.decision == nil }) else {
            throw DomainError("no_pending_extension", zh: "没有待审批的延期申请", en: "No extension request is pending")
        }
        extensions[i].decision = ExtensionDecision(approved: approve, on: day, note: note)
    }

    public mutating func addEvidence(_ e: Evidence) throws {
        try requireOpen()
        evidence.append(e)
    }

    /// SPEC §4.4 销号: closes the item; refused without evidence when the rules require it.
    public mutating func close(on day: CivilDate, rules: SupervisionRules) throws {
        try requireOpen()
        if rules.closeRequiresEvidence && evidence.isEmpty {
            throw DomainError("close_needs_evidence", zh: "销号须提供整改佐证材料", en: "Close-off needs evidence of the rectification")
        }
        closedOn = day
    }

    private func requireOpen() throws {
        if let closedOn {
            throw DomainError("item_closed", zh: "该整改事项已于\(closedOn.chinese)销号", en: "The item was closed on \(closedOn)")
        }
    }
}
