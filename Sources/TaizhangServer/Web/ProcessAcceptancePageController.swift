import Foundation
import TaizhangDomain
import TaizhangProcess
import TaizhangWeb
import Vapor

/// /process/acceptance — the acceptance as of today (SPEC §4.7, `Acceptance.evaluate`):
/// the weighted parts, the total, and every basic requirement with the records behind a
/// failure ("2024年11月20日支出“购置公务用车”…"), the veto ones marked.
enum ProcessAcceptancePageController {
    static func page(req: Request) async throws -> Response {
        let s = try await req.processSession()
        let store = req.processStore, lang = s.lang
        let (creation, result) = try await Acceptance.evaluate(s.unit.id, asOf: req.today, store: store)
        let cycle = creation.cycle(years: try await store.rules().cycleYears)
        let model = AcceptancePage.Model(
            unitName: s.unit.name, cycle: lang == .en ? cycle.code : cycle.chineseLabel,
            parts: result.parts.map {
                AcceptancePage.Part(name: lang == .en ? $0.en : $0.zh, weight: $0.weight * 100,
                                    score: $0.fullMarks > 0 ? $0.raw / $0.fullMarks * 100 : 0)
            },
            total: result.total, passMark: result.threshold,
            requirements: result.checks.map { c in
                AcceptancePage.Requirement(name: lang == .en ? c.requirement.en : c.requirement.zh, met: c.passed,
                                           detail: c.passed ? "—" : c.reasons.map { $0.text(lang) }.joined(separator: lang == .en ? "; " : "；"),
                                           veto: c.requirement.veto)
            })
        return req.html(AcceptancePage.render(model, s.ctx)).clearingFlash(req)
    }
}
