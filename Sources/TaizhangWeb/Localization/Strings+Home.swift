extension Strings {
    static let home: [(Key, String, String)] = [
        (.homeTitle, "工作台", "Dashboard"),
        (.dueTitle, "待报送", "Due reports"),
        (.returnedTitle, "被退回待修改", "Returned for correction"),
        (.awaitingTitle, "待我处理", "Waiting for me"),
        (.progressTitle, "目标任务完成情况", "Progress against targets"),
        (.noTargets, "尚未设定目标任务。", "No targets set yet."),
        (.recentEntries, "最近台账", "Recent ledger entries"),
        (.noEntries, "暂无台账记录。", "No ledger entries yet."),
        (.notificationsTitle, "提醒", "Reminders"),
        (.noNotifications, "没有新的提醒。", "No reminders."),
        (.nothingDue, "目前没有待报送的报告。", "Nothing is due."),
        (.openDraft, "继续填写", "Open draft"),
        (.startDraft, "从台账生成草稿", "Draft from ledger"),
        (.markRead, "标为已读", "Mark read"),
        (.rollCallTitle, "谁还没报？", "Who has not reported?"),
        (.allFiled, "已全部报送", "All filed"),
        (.notFiledYet, "未报：", "Not yet filed: "),
        (.remindAll, "一键提醒", "Remind them"),
        (.unreadReminders, "新提醒", "New reminders"),
    ]
}
