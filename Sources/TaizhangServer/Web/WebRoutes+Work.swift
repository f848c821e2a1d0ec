import Vapor

/// The work pages: ledger editing and evidence, imported entries, submissions and their
/// transitions, and the supervisor's matrix, reminders, unit drill-down and rankings.
func workWebRoutes(_ app: Application) {
    app.get("ledger", "imported", use: LedgerPageController.imported)
    app.post("ledger", "imported", "confirm", use: LedgerPageController.confirmSelected)
    app.get("ledger", ":id", "edit", use: LedgerPageController.editForm)
    app.post("ledger", ":id", maxBody: EvidenceStore.maxBody(app), use: LedgerPageController.update)
    app.post("ledger", ":id", "delete", use: LedgerPageController.delete)
    app.post("ledger", ":id", "confirm", use: LedgerPageController.confirm)
    app.get("ledger", ":id", "evidence", ":eid", use: LedgerPageController.downloadEvidence)
    app.post("ledger", ":id", "evidence", ":eid", "delete", use: LedgerPageController.deleteEvidence)

    app.get("audit", use: AuditPageController.page)

    app.get("submissions", use: SubmissionPageController.list)
    app.post("submissions", use: SubmissionPageController.create)
    app.get("submissions", ":id", use: SubmissionPageController.show)
    app.post("submissions", ":id", use: SubmissionPageController.saveNarrative)
    app.post("submissions", ":id", "transitions", use: SubmissionPageController.transition)

    app.get("matrix", use: SupervisorPageController.matrix)
    app.post("reminders", "non-submitters", use: SupervisorPageController.remindNonSubmitters)
    app.get("units", ":id", use: SupervisorPageController.unit)
    app.get("rankings", use: SupervisorPageController.rankings)
    app.post("notifications", ":id", "read", use: HomePageController.markRead)
}
