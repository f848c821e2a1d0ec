import TaizhangDomain

/// Demo media adoptions, site visits and acceptance inputs (SPEC §4.6–4.7, §4 end).
extension ProcessDemoBuilder {
    /// Every third submitted report of each creation unit is adopted a week after it went
    /// in, by an outlet of a tier drawn from a fixed-seed generator (more low tiers than
    /// high); the zone's first adopted item is also taken up by a second, higher outlet.
    func adoptions(_ reports: [ReportRecord]) -> [MediaAdoption] {
        var out: [MediaAdoption] = []
        let tiers = rules.publicity.tiers
        for c in creations {
            var rng = SplitMix64(seed: DemoDataset.seed, label: "process/adoptions/\(c.unitID)")
            let submitted = reports.filter { $0.unitID == c.unitID && $0.firstSubmittedAt != nil }
            for (k, r) in submitted.enumerated() where k % 3 == 1 {
                let date = CivilDate(r.firstSubmittedAt!).adding(days: 7)
                guard date < today, !tiers.isEmpty else { continue }
                let tier = tiers[min(tiers.count - 1, rng.weightedIndex(Array([1, 2, 3, 4, 4].prefix(tiers.count))))]
                out.append(adoption(out.count + 1, r, tier, date))
                if c.kind == .zone && out.count == 1 && tiers.count > 1 {
                    out.append(adoption(out.count + 1, r, tiers[1], date.adding(days: 2)))
                }
            }
        }
        return out
    }

    private func adoption(_ id: Int, _ r: ReportRecord, _ tier: MediaTier, _ date: CivilDate) -> MediaAdoption {
        MediaAdoption(id: id, unitID: r.unitID, informationID: r.id, outlet: tier.examples.first ?? tier.zh, tier: tier.code,
                      date: date, link: "https://www.example.gov.cn/news/\(date.iso)/\(id).html")
    }

    /// An October visit each year under the first rubric: 3+N+1 items (N = 2 for the zone,
    /// 1 for the projects), three evaluators, points drawn with a fixed seed.
    func siteVisits() -> [SiteVisit] {
        guard let template = rules.rubrics.first else { return [] }
        var out: [SiteVisit] = []
        for (i, c) in creations.enumerated() {
            for year in years where CivilDate(year, 10, 15 + i) < today {
                var rng = SplitMix64(seed: DemoDataset.seed, label: "process/visits/\(c.unitID)/\(year)")
                let items = visitItems(template, optional: i == 0 ? 2 : 1, unit: name(c.unitID))
                let scores = ["评审专家甲", "评审专家乙", "评审专家丙"].flatMap { who in
                    items.flatMap { item in
                        template.dimensions.map { d in
                            RubricScore(evaluator: who, itemID: item.id, dimension: d.code, points: Double(rng.int(Int(d.maxPoints * 0.65)...Int(d.maxPoints * 0.95))))
                        }
                    }
                }
                out.append(SiteVisit(id: out.count + 1, unitID: c.unitID, date: CivilDate(year, 10, 15 + i), rubric: template.code,
                                     items: items, scores: scores))
            }
        }
        return out
    }

    private func visitItems(_ template: RubricTemplate, optional n: Int, unit: String) -> [VisitItem] {
        template.itemKinds.flatMap { k in
            (0..<(k.min == k.max ? k.min : min(max(n, k.min), k.max))).map { j in (k, j) }
        }.enumerated().map { id, kj in
            VisitItem(id: id + 1, kind: kj.0.code, name: "\(unit)\(kj.0.zh)\(kj.1 > 0 ? "\(kj.1 + 1)" : "")")
        }
    }

    /// Assessors' scores; the vetoed unit scores high, so its veto shows.
    func indicatorInputs() -> [IndicatorInput] {
        let values: [[Double]] = [[88, 90], [84, 86], [93, 92]]
        let codes = rules.acceptance.indicators.filter { $0.source == .input }.map(\.code)
        return creations.enumerated().flatMap { i, c in
            codes.enumerated().map { k, code in IndicatorInput(unitID: c.unitID, code: code, value: values[i % 3][k % 2]) }
        }
    }
}
