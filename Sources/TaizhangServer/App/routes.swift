import Vapor

/// Every route of the JSON API. The OpenAPI document lists the same routes; a test
/// checks they agree.
func routes(_ app: Application) throws {
    app.get("health") { _ in ["status": "ok"] }
    app.get("api", "openapi.json") { req in OpenAPIDocument.response(req) }
    webRoutes(app)

    let api = app.grouped("api")
    api.post("auth", "login", use: AuthController.login)
    api.post("auth", "logout", use: AuthController.logout)
    api.get("me", use: AuthController.me)
    api.post("auth", "tokens", use: AuthController.createToken)

    api.get("units", use: UnitController.list)
    api.post("units", use: UnitController.create)
    api.get("units", ":id", use: UnitController.get)
    api.put("units", ":id", use: UnitController.update)
    api.post("users", use: UserController.create)

    api.get("catalog", use: CatalogController.list)
    api.post("catalog", use: CatalogController.create)
    api.put("catalog", ":code", use: CatalogController.update)
    api.post("catalog", ":code", "retire", use: CatalogController.retire)
    api.get("holidays", use: HolidayController.list)
    api.put("holidays", ":year", use: HolidayController.put)
    api.delete("holidays", ":year", use: HolidayController.delete)

    api.get("entries", use: EntryController.list)
    api.post("entries", use: EntryController.create)
    api.post("entries", "batch", maxBody: "16mb", use: EntryController.batch)
    api.get("entries", ":id", use: EntryController.get)
    api.put("entries", ":id", use: EntryController.update)
    api.delete("entries", ":id", use: EntryController.delete)
    api.post("entries", ":id", "confirm", use: EntryController.confirm)
    api.get("entries", ":id", "evidence", use: EvidenceController.list)
    api.post("entries", ":id", "evidence", maxBody: EvidenceStore.maxBody, use: EvidenceController.upload)
    api.get("entries", ":id", "evidence", ":eid", use: EvidenceController.download)
    api.delete("entries", ":id", "evidence", ":eid", use: EvidenceController.delete)

    api.get("targets", use: TargetController.list)
    api.put("targets", use: TargetController.put)
    api.get("aggregates", use: AggregateController.totals)

    api.get("plans", use: PlanController.list)
    api.post("plans", use: PlanController.create)
    api.put("plans", ":id", use: PlanController.update)
    api.get("validation-rules", use: ValidationController.list)
    api.post("validation-rules", use: ValidationController.create)
    api.post("validate", use: ValidationController.check)

    api.get("submissions", use: SubmissionController.list)
    api.post("submissions", use: SubmissionController.create)
    api.get("submissions", ":id", use: SubmissionController.get)
    api.put("submissions", ":id", use: SubmissionController.update)
    api.post("submissions", ":id", "transitions", use: SubmissionController.transition)
    api.get("matrix", use: MatrixController.matrix)

    api.get("notifications", use: NotificationController.list)
    api.post("notifications", ":id", "read", use: NotificationController.markRead)
    api.post("reminders", "run", use: NotificationController.runReminders)
    api.get("audit", use: AuditController.list)
    api.get("summaries", use: SummaryController.list)
    api.post("summaries", use: SummaryController.create)
    api.get("summaries", ":id", use: SummaryController.get)
    api.put("summaries", ":id", use: SummaryController.update)
    api.post("summaries", ":id", "regenerate", use: SummaryController.regenerate)
    api.get("summaries", ":id", "versions", use: SummaryController.versions)
    api.get("summaries", ":id", "versions", ":number", use: SummaryController.getVersion)
    api.get("summaries", ":id", "compare", use: SummaryController.compare)
    api.get("summaries", ":id", "numbers", use: SummaryController.numbers)
    api.get("summaries", ":id", "numbers", ":index", use: SummaryController.number)
    api.get("summaries", ":id", "export", use: SummaryController.export)
    api.get("notes", use: NoteController.list)
    api.post("notes", use: NoteController.create)
    api.delete("notes", ":id", use: NoteController.delete)
    api.post("check", maxBody: CheckController.maxUpload, use: CheckController.check)
    processRoutes(api)
    serviceRoutes(api)
}
