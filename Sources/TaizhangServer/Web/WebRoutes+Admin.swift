import Vapor

/// The administration pages (issue #16): users and units within the caller's rights, and
/// the settings every unit shares (plans, targets, catalog, rules, holidays, rule sets).
func adminWebRoutes(_ app: Application) {
    let admin = app.grouped("admin")
    app.get("admin", use: AdminPageController.hub)
    admin.get("users", use: AdminPageController.users)
    admin.post("users", use: AdminPageController.createUser)
    admin.post("users", ":id", "password", use: AdminPageController.resetPassword)
    admin.post("users", ":id", "disable", use: AdminPageController.disable)
    admin.post("users", ":id", "enable", use: AdminPageController.enable)
    admin.post("users", ":id", "grants", use: AdminPageController.addGrant)
    admin.post("users", ":id", "grants", "remove", use: AdminPageController.removeGrant)
    admin.get("units", use: AdminPageController.units)
    admin.post("units", use: AdminPageController.createUnit)
    admin.post("units", ":id", use: AdminPageController.updateUnit)
    admin.get("plans", use: SettingsPageController.plans)
    admin.post("plans", ":id", "reminders", use: SettingsPageController.setReminders)
    admin.get("targets", use: SettingsPageController.targets)
    admin.post("targets", use: SettingsPageController.setTarget)
    admin.get("catalog", use: SettingsPageController.catalog)
    admin.post("catalog", use: SettingsPageController.addIndicator)
    admin.post("catalog", ":code", use: SettingsPageController.editIndicator)
    admin.post("catalog", ":code", "retire", use: SettingsPageController.retireIndicator)
    admin.post("catalog", ":code", "restore", use: SettingsPageController.restoreIndicator)
    admin.get("rules", use: SettingsPageController.rules)
    admin.post("rules", ":id", "active", use: SettingsPageController.setRuleActive)
    admin.get("holidays", use: SettingsPageController.holidays)
    admin.post("holidays", use: SettingsPageController.addHoliday)
    admin.get("rulesets", use: SettingsPageController.ruleSets)
}
