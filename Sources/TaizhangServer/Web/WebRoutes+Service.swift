import Vapor

/// The service-centre pages (SPEC §7). Each reads `?unit=` for a centre the caller picks
/// (`Request.serviceSession`); the forms write through the `/api/service` functions.
func serviceWebRoutes(_ app: Application) {
    let s = app.grouped("service")
    s.get(use: ServicePageController.board)
    s.post("import", maxBody: ServiceImports.maxUpload, use: ServicePageController.importCases)
    s.get("cases", use: ServicePageController.cases)
    s.get("cases", ":id", use: ServicePageController.detail)
    s.post("cases", ":id", "orders", use: ServicePageController.issueOrder)
    s.post("orders", ":id", "response", use: ServicePageController.orderAction("response"))
    s.post("orders", ":id", "close", use: ServicePageController.orderAction("close"))
    s.post("orders", ":id", "escalate", use: ServicePageController.orderAction("escalate"))
    s.get("ratings", use: ServicePageController.ratings)
    s.post("fixes", ":id", "measures", use: ServicePageController.fixAction("measures"))
    s.post("fixes", ":id", "callbacks", use: ServicePageController.fixAction("callbacks"))
    s.post("fixes", ":id", "close", use: ServicePageController.fixAction("close"))
    s.post("ratings", ":id", "appeal", use: ServicePageController.appealAction(false))
    s.post("ratings", ":id", "appeal", "decision", use: ServicePageController.appealAction(true))
    s.get("appraisal", use: ServicePageController.appraisal)
    s.post("appraisal-records", use: ServicePageController.addFact)
    s.post("stars", "publish", use: ServicePageController.publishStars)
    s.get("stars", "circular", use: ServicePageController.circular)
}
