import Vapor

/// The summaries (draft, edit by section, compare, export, number sources) and the checker
/// (体检) pages.
func summaryWebRoutes(_ app: Application) {
    // Section forms and the import form carry whole paragraphs or documents: more than the default 16 KB.
    let form: ByteCount = "2mb"
    app.get("summaries", use: SummaryPageController.list)
    app.post("summaries", maxBody: form, use: SummaryPageController.create)
    app.get("summaries", ":id", use: SummaryPageController.show)
    app.post("summaries", ":id", "sections", ":section", maxBody: form, use: SummaryPageController.saveSection)
    app.get("summaries", ":id", "compare", use: SummaryPageController.compare)
    app.get("check", use: CheckerPageController.page)
    app.post("check", maxBody: UploadedDocument.maxUpload, use: CheckerPageController.check)
    app.post("check", "import", maxBody: UploadedDocument.maxUpload, use: CheckerPageController.importEntries)
}
