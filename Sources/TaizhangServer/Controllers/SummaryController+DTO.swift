import Foundation
import TaizhangDocument
import TaizhangSummary
import TaizhangText
import Vapor

extension SummaryController {
    /// `background`: answer 202 with a job to poll (`GET /api/summaries/jobs/:id`) instead of waiting for the draft.
    struct CreateInput: Content { var unitId: Int; var period: String; var subtree: Bool?; var background: Bool? }

    /// A new version: either paragraph edits (`edits`) or the whole `content`; `baseVersion`
    /// must be the latest version (someone else's save in between answers 409).
    struct SummaryRow: Content {
        var id: Int
        var unitId: Int
        var period: String
        var periodLabel: String
        var subtree: Bool
        var title: String
        var latestVersion: Int
        var updatedAt: Date
    }

    struct VersionRow: Content {
        var number: Int
        var origin: String
        var authorId: Int
        var authorName: String?
        var createdAt: Date
        var findingCount: Int
    }

    struct Detail: Content {
        var summary: SummaryRow
        var version: VersionRow
        var content: SummaryDocument
        var findings: [Finding]
        /// The style check (文风检查) beside the checker: structure, rates, statistics names, dates, claims.
        var style: [StyleFinding]
    }

    typealias NumberRow = SummaryNumbers.Row
    typealias Source = SummaryNumbers.Source
    typealias ValueRow = SummaryNumbers.ValueRow
    typealias NumberDetail = SummaryNumbers.Detail
}
