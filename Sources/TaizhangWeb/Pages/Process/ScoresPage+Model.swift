import TaizhangDomain

/// GET /process/scores?period= — publicity scores (信息宣传工作评分) with their breakdown:
/// the base (50 if every periodic report was on time, else 0) and each adoption by tier.
public enum ScoresPage {
    public struct Model: Sendable {
        /// "2024年上半年" for zones, the creation cycle for projects.
        public var scoringPeriod: String
        public var cards: [ScoreCard]
        public init(scoringPeriod: String, cards: [ScoreCard]) { self.scoringPeriod = scoringPeriod; self.cards = cards }
    }

    public struct ScoreCard: Sendable, Hashable {
        public var unitName: String
        public var base: Int
        /// Why the base is what it is ("3份报告均按时报送" / "4月工作动态迟报").
        public var baseReason: String
        public var adoptions: [Adoption]
        public var total: Int
        public init(unitName: String, base: Int, baseReason: String, adoptions: [Adoption], total: Int) {
            self.unitName = unitName; self.base = base; self.baseReason = baseReason; self.adoptions = adoptions; self.total = total
        }
    }

    /// One adoption (采用) of the unit's information by an outlet.
    public struct Adoption: Sendable, Hashable {
        public var date: CivilDate
        public var title: String
        public var outlet: String
        /// "中央主流媒体" etc.
        public var tier: String
        public var points: Int
        public init(date: CivilDate, title: String, outlet: String, tier: String, points: Int) {
            self.date = date; self.title = title; self.outlet = outlet; self.tier = tier; self.points = points
        }
    }
}
