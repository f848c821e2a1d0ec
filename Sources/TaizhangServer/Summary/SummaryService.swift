import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangSummary
import TaizhangText

/// Drafting, versioning and exporting summaries; shared by the API and the CLI.
enum SummaryService {
    /// Composes a draft from the ledger as it stands.
    static func draft(unit: DomainUnit, period: Period, units: [Int], subtree: Bool, loader: SummarySourceLoader) async throws -> SummaryDocument {
        // SPEC §7: a service centre's or hospital department's draft follows its rule pack,
        // which reads every entry (never folded).
        let pack = RulePacks.special(for: unit.id, in: loader.tree)
        var loader = loader
        if pack != nil { loader.foldAbove = nil }
        let source = try await loader.load(unit: unit, period: period, units: units, subtree: subtree)
        if let pack {
            return DraftComposer().compose(DraftInputBuilder.build(source, pack: pack))
        }
        return DraftComposer().compose(DraftInputBuilder.build(source))
    }

    /// A version ready to store: the document, its JSON and the checker's findings, worked
    /// out before the transaction opens — on a county's 2 MB draft the checker takes seconds,
    /// and inside the transaction those seconds held the write lock (docs/scale.md).
    struct Prepared: Sendable {
        var document: SummaryDocument
        var content: String
        var findings: String
        var findingCount: Int

        init(_ document: SummaryDocument) {
            let report = SummaryCheck.run(document)
            self.document = document
            content = JSON.string(document)
            findings = JSON.string(report.findings)
            findingCount = report.findings.count
        }
    }

    /// Stores `prepared` as the summary's next version with the checker's findings beside
    /// it. Call inside a transaction.
    static func addVersion(to summary: SummaryModel, _ prepared: Prepared, origin: String, author: Int,
                           at now: Date, on db: any Database) async throws -> SummaryVersionModel {
        let version = SummaryVersionModel()
        version.summaryID = try summary.requireID(); version.number = summary.latestVersion + 1
        version.origin = origin; version.content = prepared.content
        version.findings = prepared.findings; version.findingCount = prepared.findingCount
        version.authorID = author; version.createdAt = now
        try await version.create(on: db)
        summary.latestVersion = version.number; summary.title = prepared.document.title; summary.updatedAt = now
        try await summary.save(on: db)
        return version
    }

    enum Format: String, CaseIterable { case docx, md, html, txt }

    /// The file for a version in one of the export formats.
    /// `sources`: descriptions by trace token for the HTML export's "数据来源" list.
    static func export(_ document: SummaryDocument, as format: Format, sources: [String: String] = [:]) throws -> (data: [UInt8], contentType: String) {
        switch format {
        case .docx:
            return (Array(try DocxWriter(layout: .gbt9704).data(for: document)),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        case .md: return (Array(MarkdownWriter().markdown(for: document).utf8), "text/markdown; charset=utf-8")
        case .html: return (Array(HTMLWriter(sources: sources).html(for: document).utf8), "text/html; charset=utf-8")
        case .txt: return (Array(PlainTextWriter().text(for: document).utf8), "text/plain; charset=utf-8")
        }
    }
}
