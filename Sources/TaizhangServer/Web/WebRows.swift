import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb

/// Rows the pages share, read from the database and mapped into TaizhangWeb's models.
enum WebRows {
    /// Ledger rows with their values and evidence counts.
    static func entries(_ models: [EntryModel], catalog: Catalog, on db: any Database) async throws -> [EntryRow] {
        let ids = models.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let values = Dictionary(grouping: try await EntryValueModel.query(on: db).filter(\.$entryID ~~ ids).all(), by: \.entryID)
        let evidence = try await EvidenceModel.counts(for: ids, on: db)
        return models.compactMap { m in
            guard let id = m.id, let date = CivilDate(iso: m.date) else { return nil }
            let texts = (values[id] ?? []).compactMap { v in
                catalog[v.indicatorCode].map { ValueText(IndicatorValue(indicator: v.indicatorCode, value: v.value, qualifier: v.qualifier), indicator: $0) }
            }
            return EntryRow(id: id, date: date, endDate: m.endDate.flatMap { CivilDate(iso: $0) }, title: m.title,
                            category: EntryCategory(rawValue: m.category) ?? .other, place: m.place, values: texts,
                            source: EntrySource(rawValue: m.source) ?? .typed, needsConfirmation: m.pending,
                            evidenceCount: evidence[id] ?? 0, planned: m.planned)
        }
    }

    /// Submission rows with the plan's due date and the first-submission timeliness.
    static func submissions(_ models: [SubmissionModel], tree: UnitTree, plans: [Int: ReportingPlan], now: Date) -> [SubmissionRow] {
        models.compactMap { s in
            guard let plan = plans[s.planID], let period = Period(code: s.periodCode) else { return nil }
            let due = plan.dueDate(for: period)
            return SubmissionRow(id: s.id!, unitName: tree[s.unitID]?.name ?? "", planName: plan.name, period: period,
                                 status: SubmissionStatus(rawValue: s.status) ?? .draft, dueDate: due,
                                 submittedAt: s.firstSubmittedAt.map { Stamp($0) },
                                 timeliness: Timeliness.evaluate(dueDate: due, firstSubmittedAt: s.firstSubmittedAt, now: now))
        }
    }
}
