/// A figure's standing against its target, judged by 序时进度 (the share of the
/// target that should be done by the period's end, `TargetFigure.schedule`).
struct FigureProgress {
    let figure: DraftFigure
    let target: TargetFigure
    /// Percent of the target done (79 for 79%).
    let percent: Double
    /// Percent that should be done by now.
    let expectedPercent: Double

    init?(_ figure: DraftFigure, period: DraftPeriod) {
        guard let target = figure.target, target.value > 0 else { return nil }
        self.figure = figure
        self.target = target
        percent = figure.value / target.value * 100
        let annualOnly = target.scope == .annual && period.kind != .year
        expectedPercent = target.schedule?.expectedPercent ?? (annualOnly ? period.expectedAnnualShare : 1) * 100
    }

    /// The domain's verdict when the figure came from the ledger (`TargetFigure.schedule`).
    var isBehind: Bool { target.schedule?.behind ?? (percent + 1e-9 < expectedPercent) }
    var isComplete: Bool { percent + 1e-9 >= 100 }

    /// What remains to reach the target, if anything.
    var remaining: Double { max(target.value - figure.value, 0) }

    /// Entries and target behind the percentage.
    var trace: [SourceRef] { figure.entryRefs + target.refs }

    /// "全年目标任务" or "上半年目标任务".
    func targetName(_ period: DraftPeriod) -> String {
        target.scope == .annual || period.kind == .year ? "全年目标任务" : "\(period.prefix)目标任务"
    }
}
