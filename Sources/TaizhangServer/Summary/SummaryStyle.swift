import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangSummary
import Vapor

/// The style check (StyleCheck) of a stored summary version, for the API's detail and the
/// summary page, where its findings stand beside the checker's.
enum SummaryStyle {
    static func findings(_ document: SummaryDocument, summary: SummaryModel, req: Request) async throws -> [StyleFinding] {
        guard let period = Period(code: summary.periodCode) else { return [] }
        let unit = try await req.scope().tree[summary.unitID]
        let due = SummaryDate.due(period: period, unit: unit, plans: try await PlanModel.active(on: req.db))
        let template = SummaryTemplateSet.shipped.template(kind: unit?.kind ?? .other, flags: unit?.flags ?? [])
        return StyleCheck.run(document, context: StyleContext(period: period, catalog: try await req.catalog(),
                                                              comparison: template.comparison, dueDate: due))
    }
}
