import TaizhangDomain

/// Flash messages and form errors of the work pages, in both languages (the page
/// strings live in TaizhangWeb's tables; these are the server's own).
enum WorkMessage {
    case entryUpdated, entryDeleted, entryConfirmed(Int), nothingSelected, evidenceRemoved
    case draftCreated, draftExists, narrativeSaved, valuesRefreshed, transitioned(SubmissionAction)
    case remindersSent([String]), nothingToRemind, notificationRead
    case fixFields, chooseAction

    func text(_ lang: Language) -> String {
        let zh = lang != .en
        switch self {
        case .entryUpdated: return zh ? "台账记录已保存。" : "Entry saved."
        case .entryDeleted: return zh ? "台账记录已删除。" : "Entry deleted."
        case .entryConfirmed(let n): return zh ? "已确认\(n)条记录。" : "\(n) entr\(n == 1 ? "y" : "ies") confirmed."
        case .nothingSelected: return zh ? "请先勾选要确认的记录。" : "Tick the entries to confirm first."
        case .evidenceRemoved: return zh ? "佐证资料已删除。" : "Evidence removed."
        case .draftCreated: return zh ? "已生成报送草稿，请核对后报送。" : "Draft created; check it, then submit."
        case .draftExists: return zh ? "该期报送已存在，已为您打开。" : "This period's submission exists; here it is."
        case .narrativeSaved: return zh ? "报送说明已保存。" : "Narrative saved."
        case .valuesRefreshed: return zh ? "已按台账刷新数值，报送说明已保存。" : "Figures refreshed from the ledger; narrative saved."
        case .transitioned(let a):
            switch a {
            case .submit: return zh ? "已报送（连同报送说明，数值已按台账固定），等待领导审核。"
                : "Submitted with the narrative (figures fixed from the ledger); awaiting the leader's approval."
            case .approve: return zh ? "已同意，已报上级。" : "Approved and sent up."
            case .accept: return zh ? "已采纳。" : "Accepted."
            case .return: return zh ? "已退回，单位将收到退回意见。" : "Returned; the unit sees your comment."
            }
        case .remindersSent(let names):
            // Say which units: "已向1个未报送单位发出提醒" leaves the supervisor guessing.
            let n = names.count
            return zh ? "已向\(n)个未报送单位发出提醒：\(names.joined(separator: "、"))。"
                : "Reminded \(n) unit\(n == 1 ? "" : "s") that have not submitted: \(names.joined(separator: ", "))."
        case .nothingToRemind: return zh ? "没有需要提醒的单位（均已报送或今日已提醒）。" : "No unit to remind (all submitted or already reminded today)."
        case .notificationRead: return zh ? "已标记为已读。" : "Marked as read."
        case .fixFields: return zh ? "请修改标出的内容。" : "Please correct the marked fields."
        case .chooseAction: return zh ? "请选择要办理的操作。" : "Choose an action."
        }
    }
}
