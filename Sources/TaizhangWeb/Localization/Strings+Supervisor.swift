extension Strings {
    /// The supervisor's pages: matrix, unit drill-down, rankings.
    static let supervisor: [(Key, String, String)] = [
        (.matrixTitle, "报送情况", "Reporting matrix"),
        (.matrixCaption, "各单位各期报送情况（✓按时 !迟报 ✗漏报 ·未到期）",
         "Reports per unit and period (✓ on time, ! late, ✗ missing, · not due)"),
        (.fromPeriod, "起始期次", "From"),
        (.toPeriod, "截止期次", "To"),
        (.reportingRate, "报送率", "Reporting rate"),
        (.onTimeRate, "及时率", "On-time rate"),
        (.allUnits, "合计", "All units"),
        (.noUnits, "没有适用此计划的单位。", "No units this plan applies to."),
        (.remindTitle, "催报", "Remind"),
        (.remindNonSubmitters, "提醒未报送单位", "Remind non-submitters"),
        (.remindConfirm, "向所选期次尚未报送的单位发送提醒？", "Send a reminder to every unit that has not reported this period?"),
        (.missingCount, "漏报", "missing"),
        (.unitKind, "单位类型", "Kind"),
        (.liaisonName, "联络员", "Liaison"),
        (.openRectifications, "未销号整改事项", "Open rectification items"),
        (.reportingRecord, "报送记录", "Reporting record"),
        (.noPlans, "没有适用的报送计划。", "No reporting plans apply."),
        (.recentSubmissions, "最近报送", "Recent submissions"),
        (.rankingsTitle, "排名", "Rankings"),
        (.metric, "排名依据", "Ranked by"),
        (.rank, "名次", "Rank"),
    ]
}
