import Vapor

/// The summaries (draft, edit by section, compare, export, number sources) and the checker
/// (体检) pages.
func summaryWebRoutes(_ app: Application) {
    // Section forms and the import form carry whole paragraphs or documents: more than the default 16 KB.
    let form: ByteCount = "2mb"
    app.get("summaries", use: SummaryPageController.list)
    app.on(.POST, "summaries", body: .collect(maxSize: form), use: SummaryPageController.create).allowingBody(form)
    app.get("summaries", ":id", use: SummaryPageController.show)
    app.on(.POST, "summaries", ":id", "sections", ":section", body: .collect(maxSize: form), use: SummaryPageController.saveSection)
        .allowingBody(form)
    app.get("summaries", ":id", "compare", use: SummaryPageController.compare)
    // The API's export: same permission check, same files.
    app.get("summaries", ":id", "export", use: SummaryController.export)
    app.get("check", use: CheckerPageController.page)
    app.on(.POST, "check", body: .collect(maxSize: CheckController.maxUpload), use: CheckerPageController.check)
        .allowingBody(CheckController.maxUpload)
    app.on(.POST, "check", "import", body: .collect(maxSize: CheckController.maxUpload), use: CheckerPageController.importEntries)
        .allowingBody(CheckController.maxUpload)
}
