import TaizhangDocument
import TaizhangDomain

/// The pre-filled narrative of a monthly or quarterly report (本月重点工作 / 主要数据 /
/// 下一步打算), written by the same engine as the summary from the same kind of source
/// (its period a month or a quarter). Staff edit it before 报送.
public enum ReportNarrative {
    /// Plans whose narrative is pre-filled: monthly and quarterly ones.
    public static func prefills(_ plan: ReportingPlan) -> Bool { plan.periodKind == .month || plan.periodKind == .quarter }

    public static func draft(_ source: SummarySource, templates: SummaryTemplateSet = .shipped) -> String {
        ReportComposer().narrative(DraftInputBuilder.build(source, templates: templates))
    }
}
