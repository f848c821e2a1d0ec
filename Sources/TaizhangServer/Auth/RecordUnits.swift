import Fluent
import Vapor

/// The unit a record named in the path belongs to, so `RouteGuard` can decide a
/// `.record(kind)` rule before the handler runs (and before it parses the body).
/// Kinds not listed here (a batch, a list of units in the body) are decided by the handler.
enum RecordUnits {
    /// nil: the kind is not resolved here. Throws 404 when the record does not exist.
    static func unit(of kind: String, id: Int, on db: any Database) async throws -> Int? {
        func found(_ unit: Int?, _ what: String, _ zh: String) throws -> Int {
            guard let unit else { throw AppError.notFound(what, zh: zh) }
            return unit
        }
        switch kind {
        case "entry": return try found(try await EntryModel.find(id, on: db)?.unitID, "Entry", "该台账记录")
        case "submission": return try found(try await SubmissionModel.find(id, on: db)?.unitID, "Submission", "该报送")
        case "summary": return try found(try await SummaryModel.find(id, on: db)?.unitID, "Summary", "该工作总结")
        case "summary_job": return try found(try await SummaryJobModel.find(id, on: db)?.unitID, "Summary job", "该生成任务")
        case "note": return try found(try await NoteModel.find(id, on: db)?.unitID, "Note", "该备注")
        case "inspection": return try found(try await InspectionModel.find(id, on: db)?.unitID, "Inspection", "该督查记录")
        case "rectification": return try found(try await RectificationItemModel.find(id, on: db)?.unitID, "Rectification item", "该整改事项")
        case "site_visit": return try found(try await SiteVisitModel.find(id, on: db)?.unitID, "Site visit", "该实地检查")
        default: return nil
        }
    }
}
