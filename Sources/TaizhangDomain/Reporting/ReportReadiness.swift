/// What a report must carry when it goes up (报送), and how its figures follow the ledger
/// until then.
///
/// Rules (issue #16, from the offices' complaints about DingTalk 日志 + Excel):
/// - a report is not submitted without its 报送说明: the supervisor reads the words beside the
///   table, and an empty box sent by accident cannot be taken back without a return;
/// - a draft's or returned report's figures are the ledger's *now* (a figure corrected in the
///   ledger after a return must reach the report); at submission they are frozen, so what the
///   leader approved and the supervisor accepted does not move afterwards.
public enum ReportReadiness {
    /// Why the narrative cannot be submitted as it is (nil: it can).
    public static func narrativeRefusal(_ narrative: String) -> DomainError? {
        guard narrative.allSatisfy({ $0.isWhitespace }) else { return nil }
        return DomainError("narrative_required", zh: "报送说明不能为空，请填写本期工作情况后再报送。",
                           en: "The narrative is empty; describe the period's work before submitting.", field: "narrative")
    }

    /// Whether a report in `status` still follows the ledger (drafts and returned reports).
    public static func followsLedger(_ status: SubmissionStatus) -> Bool { status == .draft || status == .returned }

    /// One figure that differs between the stored report and the ledger now.
    public struct Change: Sendable, Hashable {
        public var indicator: String
        /// nil: not in the stored report (new in the ledger).
        public var stored: IndicatorValue?
        /// nil: no longer in the ledger.
        public var ledger: IndicatorValue?
        public init(indicator: String, stored: IndicatorValue?, ledger: IndicatorValue?) {
            self.indicator = indicator; self.stored = stored; self.ledger = ledger
        }
    }

    /// The figures whose value or qualifier differ, in the ledger's order, then those that
    /// left the ledger. Repeated indicators in `stored` (a hand-made report) are summed, as the
    /// validation rules read them.
    public static func changes(stored: [IndicatorValue], ledger: [IndicatorValue]) -> [Change] {
        let before = merged(stored), now = merged(ledger)
        var out: [Change] = []
        for v in now.values where before.map[v.indicator] != v {
            out.append(Change(indicator: v.indicator, stored: before.map[v.indicator], ledger: v))
        }
        for v in before.values where now.map[v.indicator] == nil {
            out.append(Change(indicator: v.indicator, stored: v, ledger: nil))
        }
        return out
    }

    private static func merged(_ list: [IndicatorValue]) -> (values: [IndicatorValue], map: [String: IndicatorValue]) {
        var order: [String] = []
        var map: [String: IndicatorValue] = [:]
        for v in list {
            if var seen = map[v.indicator] {
                seen.value += v.value
                seen.qualifier = seen.qualifier ?? v.qualifier
                map[v.indicator] = seen
            } else {
                order.append(v.indicator)
                map[v.indicator] = v
            }
        }
        return (order.map { map[$0]! }, map)
    }
}
