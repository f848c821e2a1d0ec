extension Strings {
    /// The audit log page.
    static let audit: [(Key, String, String)] = [
        (.auditTitle, "审计日志", "Audit log"),
        (.navAudit, "审计", "Audit"),
        (.auditRecordKind, "记录类型", "Record type"),
        (.auditAll, "全部", "All"),
        (.auditEntries, "台账记录", "Ledger entries"),
        (.auditSubmissions, "报送", "Submissions"),
        (.auditSummaries, "工作总结", "Summaries"),
        (.auditSecurity, "安全事件", "Security events"),
        (.auditRecordID, "记录编号", "Record id"),
        (.auditCount, "：共", ": "),
        (.auditTime, "时间", "Time"),
        (.auditUser, "操作人", "User"),
        (.auditAction, "操作", "Action"),
        (.auditRecord, "记录", "Record"),
        (.auditChanges, "变更内容（原值 → 新值）", "Changes (old → new)"),
    ]
}
