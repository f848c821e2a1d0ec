extension Strings {
    /// Words used across pages: buttons, column heads, common fields.
    static let common: [(Key, String, String)] = [
        (.actions, "操作", "Actions"), (.add, "添加", "Add"), (.all, "全部", "All"), (.amount, "金额", "Amount"),
        (.cancel, "取消", "Cancel"), (.category, "类别", "Category"), (.check, "检查", "Check"),
        (.compare, "比较", "Compare"), (.confirm, "确认", "Confirm"),
        (.confirmDelete, "确定删除吗？删除后不能恢复。", "Delete this? It cannot be undone."),
        (.date, "日期", "Date"), (.deadline, "期限", "Deadline"), (.detail, "说明", "Details"),
        (.discard, "舍弃", "Discard"), (.dueDate, "截止日期", "Due date"), (.dueOn, "截止", "Due"),
        (.export, "导出", "Export"), (.filters, "筛选", "Filters"), (.applyFilters, "筛选", "Filter"),
        (.clearFilters, "清除筛选", "Clear filters"), (.item, "项目", "Item"), (.line, "行", "Line"),
        (.name, "姓名", "Name"), (.ok, "正常", "OK"), (.overdue, "已逾期", "Overdue"), (.period, "期次", "Period"),
        (.plan, "报送计划", "Reporting plan"), (.remove, "移除", "Remove"), (.required, "必填", "Required"),
        (.result, "结果", "Result"), (.save, "保存", "Save"), (.select, "选择", "Select"), (.show, "查看", "Show"),
        (.source, "来源", "Source"), (.status, "状态", "Status"), (.unit, "单位", "Unit"), (.value, "数值", "Value"),
        (.values, "指标数值", "Values"), (.view, "查看", "View"), (.viewAll, "查看全部", "View all"),
        (.noData, "暂无数据。", "No data yet."), (.filed, "已报", "Filed"), (.notFiled, "未报", "Not filed"),
        (.findings, "问题", "Findings"), (.version, "版本", "Version"), (.versions, "版本记录", "Versions"),
        (.updatedAt, "更新时间", "Updated"), (.reason, "理由", "Reason"), (.owner, "责任人", "Owner"),
        (.since, "任职起", "Since"), (.phone, "电话", "Phone"), (.position, "职务", "Position"),
        (.department, "所在部门", "Department"), (.jobTitle, "职务", "Title"), (.narrative, "内容描述", "Narrative"),
        (.place, "地点", "Place"), (.evidence, "佐证材料", "Evidence"), (.evidenceUpload, "上传佐证材料", "Upload evidence"),
        (.evidenceHint, "照片、签到表、通知等，可多选；表单出错时需重新选择文件。",
         "Photos, sign-in sheets, notices; several allowed. Choose files again if the form comes back with errors."),
        (.tenThousandYuan, "万元", "×10,000 yuan"), (.amountsIn, "金额单位：", "Amounts in"),
    ]
}
