import Vapor

/// The process-management pages (SPEC §4). Each reads `?unit=` for a supervisor's pick
/// (`Request.processSession`); the forms write through the process use cases (UseCases/Process),
/// as the `/api/process` controllers do.
func processWebRoutes(_ app: Application) {
    let p = app.grouped("process")
    p.get("group", use: ProcessGroupPageController.page)
    p.post("group", "members", use: ProcessGroupPageController.addMember)
    p.post("meetings", use: ProcessGroupPageController.addMeeting)
    p.get("liaison", use: ProcessLiaisonPageController.page)
    p.post("liaison", use: ProcessLiaisonPageController.appoint)
    p.post("liaison", "meetings", use: ProcessLiaisonPageController.recordMeeting)
    p.get("funds", use: ProcessFundsPageController.page)
    p.post("funds", "lines", use: ProcessFundsPageController.addLine)
    p.get("funds", "report", use: ProcessFundsPageController.download)
    p.post("funds", "report", use: ProcessFundsPageController.fileReport)
    p.post("funds", "expenditures", use: ProcessFundsPageController.addExpenditure)
    p.get("inspections", use: ProcessInspectionsPageController.page)
    p.post("inspections", use: ProcessInspectionsPageController.addInspection)
    p.post("rectifications", use: ProcessInspectionsPageController.openItems)
    p.post("rectifications", ":id", "extension", use: ProcessInspectionsPageController.requestExtension)
    p.post("rectifications", ":id", "close", use: ProcessInspectionsPageController.close)
    p.get("scores", use: ProcessScoresPageController.scores)
    p.get("circulars", use: ProcessScoresPageController.circular)
    p.get("circulars", ":window", use: ProcessScoresPageController.circular)
    p.get("circulars", ":window", "export", use: ProcessScoresPageController.export)
    p.get("acceptance", use: ProcessAcceptancePageController.page)
}
