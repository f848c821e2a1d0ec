import Vapor

/// The browser pages. Each handler maps data into a TaizhangWeb page model and renders it;
/// forms post here and redirect (303) on success or re-render with the entered values and
/// field errors on failure.
func webRoutes(_ app: Application) {
    for file in ["app.css", "app.js"] { app.get("static", .constant(file), use: WebSessionController.asset) }
    app.get("favicon.ico", use: WebSessionController.favicon)
    app.get("login", use: WebSessionController.loginPage)
    app.post("login", use: WebSessionController.login)
    app.post("logout", use: WebSessionController.logout)
    app.post("units", "switch", use: WebSessionController.switchUnit)
    app.get("account", "password", use: AccountPageController.passwordPage)
    app.post("account", "password", use: AccountPageController.changePassword)
    app.get("account", "tokens", use: AccountPageController.tokensPage)
    app.post("account", "tokens", use: AccountPageController.createToken)
    app.post("account", "tokens", ":id", "revoke", use: AccountPageController.revokeToken)
    app.get(use: HomePageController.page)
    app.get("ledger", use: LedgerPageController.list)
    app.get("ledger", "new", use: LedgerPageController.newForm)
    app.post("ledger", maxBody: EvidenceStore.maxBody(app), use: LedgerPageController.create)
    workWebRoutes(app)
    summaryWebRoutes(app)
    processWebRoutes(app)
    adminWebRoutes(app)
    serviceWebRoutes(app)
}
