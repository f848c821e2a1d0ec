/// GET /process/acceptance — the end-of-cycle assessment (验收): weighted parts, the total,
/// and the veto (一票否决) with the failed basic requirements listed.
public enum AcceptancePage {
    public struct Model: Sendable {
        public var unitName: String
        public var cycle: String
        public var parts: [Part]
        /// Weighted total out of 100.
        public var total: Double
        public var passMark: Double
        /// Basic process requirements; any failed one vetoes the result whatever the score.
        public var requirements: [Requirement]

        public init(unitName: String, cycle: String, parts: [Part], total: Double, passMark: Double, requirements: [Requirement]) {
            self.unitName = unitName; self.cycle = cycle; self.parts = parts; self.total = total
            self.passMark = passMark; self.requirements = requirements
        }

        /// Only a failed requirement that vetoes (一票否决) decides the result; others cost compliance points.
        public var vetoed: Bool { requirements.contains { !$0.met && $0.veto } }
        public var passed: Bool { !vetoed && total >= passMark }
    }

    public struct Part: Sendable, Hashable {
        public var name: String
        /// Percent of the total.
        public var weight: Double
        /// Score out of 100 for the part.
        public var score: Double
        public init(name: String, weight: Double, score: Double) { self.name = name; self.weight = weight; self.score = score }
        var weighted: Double { score * weight / 100 }
    }

    public struct Requirement: Sendable, Hashable {
        public var name: String
        public var met: Bool
        /// What was found ("领导小组全年未召开例会"), naming the record at fault.
        public var detail: String
        /// Failing it vetoes the acceptance whatever the score.
        public var veto: Bool
        public init(name: String, met: Bool, detail: String, veto: Bool = true) {
            self.name = name; self.met = met; self.detail = detail; self.veto = veto
        }
    }
}
