extension Strings {
    static let submissions: [(Key, String, String)] = [
        (.submissionsTitle, "报送", "Submissions"),
        (.noSubmissions, "暂无报送记录。", "No submissions yet."),
        (.newDraft, "新建报送草稿", "New draft"),
        (.newDraftHint, "系统按所选期次从台账汇总指标数值，生成草稿后可修改再报送。",
         "The values are totalled from the ledger for the chosen period; edit the draft before submitting."),
        (.createDraft, "生成草稿", "Create draft"),
        (.submittedAt, "报送时间", "Submitted"),
        (.timeliness, "时效", "Timeliness"),
        (.reportedValues, "报送数值", "Reported values"),
        (.noValues, "本期台账没有可报送的数值。", "No values for this period in the ledger."),
        (.lastYear, "去年同期", "Same period last year"),
        (.ruleBlocking, "不能报送：", "Blocks submission:"),
        (.ruleWarning, "请核实：", "Please check:"),
        (.submitBlocked, "数值未通过校验，修改后才能报送。", "The values fail a validation rule; fix them before submitting."),
        (.timeline, "办理过程", "History"),
        (.drafted, "生成草稿", "Drafted"),
        (.returnComment, "退回意见", "Reason for return"),
        (.returnCommentHint, "写明需要修改的内容，单位据此修改后重新报送。", "Say what must be fixed; the unit corrects it and submits again."),
    ]
}
