import TaizhangDocument
import TaizhangDomain

/// Turns what the ledger and the process records hold into the composer's input: one area
/// per indicator group (catalog order), each figure aggregated per the indicator's rule
/// with every entry it came from, last year's figure and the target (with its 序时进度)
/// beside it; what was done, for the lead sentences; the creation work of a zone or
/// project; problems and the plans of the following period. The wording rules come from
/// the rule pack's `SummaryTemplateSet`.
public enum DraftInputBuilder {
    /// Notable candidates offered per area (the composer names the top few).
    static let notableCandidates = 12

    public static func build(_ source: SummarySource, templates: SummaryTemplateSet = .shipped) -> DraftInput {
        let done = source.entries.filter { !$0.planned && source.period.contains($0.countsOn) }
        let totals = currentTotals(source, done: done)
        let lastYear = Dictionary(uniqueKeysWithValues: (source.ledger.map { source.catalog.totals(folds: $0.lastYear) }
            ?? source.catalog.totals(values(of: source.lastYear.filter { !$0.planned })))
            .map { ($0.indicator.code, $0) })
        let figures = totals.map { figure($0, lastYear: lastYear[$0.indicator.code], source: source) }
        var areas: [DraftArea] = []
        for group in orderedGroups(source.catalog) {
            let inGroup = zip(totals, figures).filter { $0.0.indicator.group == group }
            guard !inGroup.isEmpty else { continue }
            let codes = Set(inGroup.map(\.0.indicator.code))
            let entries = done.filter { e in e.values.contains { codes.contains($0.indicator) } }
            areas.append(DraftArea(name: group, figures: inGroup.map(\.1),
                                   notables: notables(entries, totals: inGroup.map(\.0), catalog: source.catalog, deeds: templates.deeds),
                                   work: work(entries, codes: codes, source: source)))
        }
        // A creation's work belongs in the summaries of the periods its cycle covers.
        let inCycle = { (c: CreationWorkSource) in c.creation.cycle(years: c.rules.cycleYears).start <= source.period.end }
        let creation = source.creation.flatMap { inCycle($0) ? $0 : nil }.map {
            CreationWorkBuilder(source: $0, unitName: source.unitName, period: source.period, asOf: source.writtenOn).build()
        } ?? CreationWorkBuilder.rollUp(source.childCreations.filter { inCycle($0.source) }, period: source.period, asOf: source.writtenOn)
        let rollUp = source.isRollUp ? RollUp(childWord: commonWord(source.children.map(\.name)), childCount: source.children.count,
                                              refs: source.children.map { SourceRef(.unit, String($0.id)) }) : nil
        return DraftInput(
            unitName: source.unitName, signatureName: source.signatureName,
            period: draftPeriod(source.period), writtenOn: docDate(source.writtenOn), areas: areas,
            problems: problems(source) + (creation?.problems ?? []),
            plans: plans(source, deeds: templates.deeds) + (creation?.plans ?? []),
            rankings: rankings(source, done: done),
            template: templates.template(kind: source.unitKind, flags: source.unitFlags),
            guidingLine: source.guidingLine ?? templates.guidingLine(name: source.unitName, kind: source.unitKind, flags: source.unitFlags),
            rollUp: rollUp, creation: creation?.section)
    }

    static func values(of entries: [SourceEntry]) -> [String: [DatedValue]] {
        var out: [String: [DatedValue]] = [:]
        for e in entries {
            for v in e.values {
                out[v.indicator, default: []].append(
                    DatedValue(unitID: e.unitID, entryID: e.id, date: e.countsOn, value: v.value, qualifier: v.qualifier))
            }
        }
        return out
    }

    static func orderedGroups(_ catalog: Catalog) -> [String] {
        var seen = Set<String>()
        return catalog.indicators.map(\.group).filter { seen.insert($0).inserted }
    }

    static func figure(_ total: IndicatorTotal, lastYear: IndicatorTotal?, source: SummarySource) -> DraftFigure {
        let ind = total.indicator
        let entries = total.parts.map { EntryValue(id: String($0.entryID), value: $0.value, qualifier: qualifier($0.qualifier)) }
        let last = lastYear.map {
            LastYearFigure(value: $0.value, refs: $0.fold == nil ? $0.entryIDs.map { .lastYear(String($0)) }
                           : [query(ind.code, unit: source.unitID, source.period.sameLastYear, subtree: source.ledger?.subtree ?? false)])
        }
        var figure = DraftFigure(
            indicator: ind.name, subject: ind.subjectName, verbPhrase: ind.phrase, measureWord: ind.measureWord, value: total.value,
            qualifier: combinedQualifier(total), aggregation: aggregation(ind.aggregation),
            entries: entries, lastYear: last, target: target(for: ind.code, source: source))
        if let fold = total.fold {
            figure.trace = [query(ind.code, unit: source.unitID, source.period, subtree: source.ledger?.subtree ?? false)]
            figure.entryCount = fold.count
        }
        if figure.target?.scope == .period { figure.yearTarget = yearTarget(for: ind.code, source: source) }
        return figure
    }

    /// The period's totals: from the database's folds in a large roll-up, else from the entries.
    static func currentTotals(_ source: SummarySource, done: [SourceEntry]) -> [IndicatorTotal] {
        source.ledger.map { source.catalog.totals(folds: $0.current) } ?? source.catalog.totals(values(of: done))
    }

    /// A total's qualifier: of its parts, or of the qualifiers its fold saw (the same rule).
    static func combinedQualifier(_ total: IndicatorTotal) -> Qualifier? {
        if let fold = total.fold { return Qualifier.combine(fold.qualifiers.sorted().map(qualifier)) }
        return Qualifier.combine(total.parts.map { qualifier($0.qualifier) })
    }

    static func query(_ code: String, unit: Int, _ period: Period, subtree: Bool) -> SourceRef {
        .query(indicator: code, unit: unit, period: period.code, subtree: subtree)
    }

    /// The period's own target if there is one, else the year's (全年目标任务), with the
    /// share due by the period's end (`ScheduleProgress`, 序时进度).
    static func target(for code: String, source: SummarySource) -> TargetFigure? {
        let mine = source.targets.filter { $0.indicator == code && $0.value > 0 }
        if let own = mine.first(where: { $0.period == source.period }), source.period.kind != .year {
            return TargetFigure(value: own.value, scope: .period, refs: [.target(String(own.id))],
                                schedule: schedule(code, own.value, of: source.period, source: source))
        }
        return yearTarget(for: code, source: source)
    }

    static func yearTarget(for code: String, source: SummarySource) -> TargetFigure? {
        guard let annual = source.targets.first(where: { $0.indicator == code && $0.value > 0 && $0.period == .year(source.period.year) })
        else { return nil }
        return TargetFigure(value: annual.value, scope: .annual, refs: [.target(String(annual.id))],
                            schedule: schedule(code, annual.value, of: .year(source.period.year), source: source))
    }

    /// 序时进度 at the end of the summary's period (`ScheduleProgress`, the one rule).
    static func schedule(_ code: String, _ target: Double, of period: Period, source: SummarySource) -> TargetFigure.Schedule? {
        let done = source.entries.filter { !$0.planned && source.period.contains($0.countsOn) }
        guard let actual = currentTotals(source, done: done).first(where: { $0.indicator.code == code })?.value else { return nil }
        let v = ScheduleProgress.standard.judge(actual: actual, target: target, period: period, asOf: source.period.end)
        return TargetFigure.Schedule(expectedPercent: v.expectedPercent, behind: v.behind)
    }
}
