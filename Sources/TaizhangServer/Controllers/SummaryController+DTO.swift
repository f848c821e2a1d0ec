import Foundation
import TaizhangDocument
import TaizhangSummary
import TaizhangText
import Vapor

extension SummaryController {
    struct CreateInput: Content { var unitId: Int; var period: String; var subtree: Bool? }

    /// A new version: either paragraph edits (`edits`) or the whole `content`; `baseVersion`
    /// must be the latest version (someone else's save in between answers 409).
    struct UpdateInput: Content {
        struct Edit: Content { var block: String; var text: String }
        var baseVersion: Int
        var edits: [Edit]?
        var content: SummaryDocument?
    }

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

    struct NumberRow: Content {
        var index: Int
        var text: String
        var value: Double
        var unit: String
        var traced: Bool
        var trace: [String]
    }

    /// One source of a number, resolved against the database. `hidden` when it belongs to a
    /// unit the caller may not read (its existence is shown, its content is not).
    struct Source: Content {
        var kind: String
        var id: String
        var label: String
        var hidden: Bool
        var unitId: Int?
        var unitName: String?
        var date: String?
        var values: [ValueRow]?

        init(kind: String, id: String, label: String, hidden: Bool, unitId: Int? = nil, unitName: String? = nil,
             date: String? = nil, values: [ValueRow]? = nil) {
            self.kind = kind; self.id = id; self.label = label; self.hidden = hidden
            self.unitId = unitId; self.unitName = unitName; self.date = date; self.values = values
        }
    }
    struct ValueRow: Content { var indicator: String; var name: String; var value: Double; var measureWord: String; var qualifier: String? }

    struct NumberDetail: Content { var number: NumberRow; var sources: [Source] }
}
