import TaizhangDomain

/// The centre's monthly electronic-supervision figures as ledger values of the service
/// centre's rule pack (`catalog-service-centre.json`): the supervision section keeps one
/// such entry a month (电子监察月报), written from the case, order and rating records, so
/// that the half-year summary is drafted and traced like any other (SPEC §5, §7). The
/// derived rates of the pack (办结率, 按时办结率, 提速率, 满意率) are ratios of these sums,
/// which is exactly how `RateCounts` defines them.
public struct ServiceMonth: Sendable, Hashable {
    public var month: Period
    public var cases: RateCounts
    /// Orders issued in the month, by level code.
    public var orders: [String: Int]
    public var ratings: SatisfactionCounts
    /// Bad-rating fixes closed in the month, and callbacks made in it.
    public var fixesClosed: Int
    public var callbacks: Int
    /// Windows flagged for a talk on the month's ranking.
    public var summoned: Int
    /// Staff given a monthly appraisal score for the month.
    public var appraised: Int
    /// Online supervision from the audit: logins to the system and cases opened.
    public var logins: Int
    public var casesViewed: Int

    public init(month: Period, cases: RateCounts = RateCounts(), orders: [String: Int] = [:], ratings: SatisfactionCounts = SatisfactionCounts(),
                fixesClosed: Int = 0, callbacks: Int = 0, summoned: Int = 0, appraised: Int = 0, logins: Int = 0, casesViewed: Int = 0) {
        self.month = month; self.cases = cases; self.orders = orders; self.ratings = ratings; self.fixesClosed = fixesClosed
        self.callbacks = callbacks; self.summoned = summoned; self.appraised = appraised; self.logins = logins; self.casesViewed = casesViewed
    }
}

public enum ServiceLedger {
    /// The entry's title, e.g. 2026年3月电子监察月报.
    public static func title(_ month: Period) -> String { "\(month.chineseLabel)电子监察月报" }

    /// Values in catalog order; zero counts are kept (a month without abnormal cases says 0).
    public static func values(_ m: ServiceMonth, levels: [OrderLevel]) -> [IndicatorValue] {
        let c = m.cases
        var out: [(String, Double)] = [
            ("cases_accepted", Double(c.accepted)), ("cases_accepted_completed", Double(c.acceptedCompleted)),
            ("cases_completed", Double(c.completed)), ("cases_completed_in_time", Double(c.completedInTime)),
            ("promised_completed", Double(c.promisedCompleted)), ("speed_up_sum", (c.speedUpSum * 10_000).rounded() / 10_000),
            ("abnormal_cases", Double(c.abnormal)),
        ]
        let codes = ["orders_department", "orders_office"]
        for (i, level) in levels.prefix(codes.count).enumerated() { out.append((codes[i], Double(m.orders[level.code] ?? 0))) }
        out += [("online_logins", Double(m.logins)), ("cases_viewed", Double(m.casesViewed)),
                ("ratings_total", Double(m.ratings.counted)), ("ratings_satisfied", Double(m.ratings.satisfied)),
                ("ratings_bad", Double(m.ratings.bad)), ("bad_fixed", Double(m.fixesClosed)), ("callbacks", Double(m.callbacks)),
                ("windows_summoned", Double(m.summoned)), ("staff_appraised", Double(m.appraised))]
        return out.map { IndicatorValue(indicator: $0.0, value: $0.1) }
    }

    /// A plain account of where the figures come from, for the entry's narrative.
    public static func narrative(_ m: ServiceMonth, asOf: CivilDate) -> String {
        "由电子监察系统按\(m.month.chineseLabel)办件、督办和评价记录生成（数据截至\(asOf.chinese)）：受理\(m.cases.accepted)件，"
            + "办结\(m.cases.completed)件，其中按时办结\(m.cases.completedInTime)件；异常办件\(m.cases.abnormal)件；"
            + "收到评价\(m.ratings.counted)件，其中差评\(m.ratings.bad)件。"
    }

    /// The quarter's 服务明星 entry: its title, the stars named in the narrative, the count.
    public static func stars(_ e: StarElection, names: [Int: String]) -> (title: String, narrative: String, values: [IndicatorValue]) {
        let named = e.elected.map { names[$0.staffID] ?? "\($0.staffID)" }
        return ("\(e.period.chineseLabel)服务明星评选",
                "按窗口工作人员月度考核成绩评选，名额\(e.quota)名，当选：" + named.joined(separator: "、") + "。",
                [IndicatorValue(indicator: "service_stars", value: Double(named.count))])
    }
}
