import Vapor

/// SPEC §7 government service supervision under /api/service (listed in
/// `OpenAPIDocument.service`), and the rule packs.
func serviceRoutes(_ api: any RoutesBuilder) {
    api.get("packs", use: PackController.list)
    api.get("units", ":id", "pack", use: PackController.ofUnit)
    api.post("packs", ":code", "install", use: PackInstaller.install)

    let s = api.grouped("service")
    s.get("rules", use: ServiceRuleController.get)
    s.put("rules", use: ServiceRuleController.put)
    let c = s.grouped("centres", ":id")
    c.get("items", use: ServiceCatalogController.items)
    c.post("items", use: ServiceCatalogController.createItem)
    s.put("items", ":id", use: ServiceCatalogController.updateItem)
    c.get("windows", use: ServiceCatalogController.windows)
    c.post("windows", use: ServiceCatalogController.createWindow)
    c.get("staff", use: ServiceCatalogController.staff)
    c.post("staff", use: ServiceCatalogController.createStaff)

    c.post("cases", "import", maxBody: ServiceImports.maxUpload, use: ServiceImportController.importFile)
    c.post("cases", maxBody: ServiceImports.maxUpload, use: ServiceImportController.importJSON)
    c.get("cases", use: ServiceCaseController.list)
    s.get("cases", ":id", use: ServiceCaseController.get)
    c.get("board", use: ServiceRateController.board)
    c.get("rates", use: ServiceRateController.rates)

    c.get("orders", use: ServiceOrderController.list)
    s.post("cases", ":id", "orders", use: ServiceOrderController.issue)
    s.post("orders", ":id", "response", use: ServiceOrderController.respond)
    s.post("orders", ":id", "close", use: ServiceOrderController.close)
    s.post("orders", ":id", "escalate", use: ServiceOrderController.escalateOrder)

    s.post("cases", ":id", "ratings", use: ServiceRatingController.record)
    c.get("ratings", use: ServiceRatingController.list)
    s.post("ratings", ":id", "appeal", use: ServiceRatingController.appeal)
    s.post("ratings", ":id", "appeal", "decision", use: ServiceRatingController.decide)
    c.get("fixes", use: ServiceFixController.list)
    s.post("fixes", ":id", "measures", use: ServiceFixController.measures)
    s.post("fixes", ":id", "callbacks", use: ServiceFixController.callback)
    s.post("fixes", ":id", "close", use: ServiceFixController.close)
    c.get("satisfaction", use: ServiceSatisfactionController.satisfaction)
    s.post("cases", ":id", "invitations", use: ServiceSatisfactionController.invite)
    c.post("invitations", "run", use: ServiceSatisfactionController.runInvitations)

    c.post("appraisal-records", use: ServiceAppraisalController.addRecord)
    c.get("appraisal", use: ServiceAppraisalController.month)
    c.get("stars", use: ServiceAppraisalController.stars)
    c.post("stars", "publish", use: ServiceAppraisalController.publish)
    c.get("stars", "circular", use: ServiceAppraisalController.circular)
    c.post("ledger-sync", use: ServiceLedgerSync.run)
}
