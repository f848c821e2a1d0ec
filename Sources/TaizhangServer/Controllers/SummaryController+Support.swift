import Fluent
import TaizhangDocument
import TaizhangDomain
import Vapor

extension SummaryController {
    static func find(_ req: Request, action: AccessScope.Action) async throws -> SummaryModel {
        try await req.summary(action: action)
    }

    static func loader(_ req: Request, tree: UnitTree) async throws -> SummarySourceLoader {
        SummarySourceLoader(db: req.db, tree: tree, catalog: try await req.catalog(), now: req.now)
    }

    static func row(_ s: SummaryModel, _ req: Request) -> SummaryRow {
        let period = Period(code: s.periodCode)
        return SummaryRow(id: s.id!, unitId: s.unitID, period: s.periodCode, periodLabel: period?.label(req.language) ?? s.periodCode,
                          subtree: s.subtree, title: s.title, latestVersion: s.latestVersion, updatedAt: s.updatedAt)
    }

    static func versionRow(_ v: SummaryVersionModel, authors: [Int: String]) -> VersionRow {
        VersionRow(number: v.number, origin: v.origin, authorId: v.authorID, authorName: authors[v.authorID],
                   createdAt: v.createdAt, findingCount: v.findingCount)
    }

    static func detail(_ s: SummaryModel, _ v: SummaryVersionModel, req: Request) async throws -> Detail {
        Detail(summary: row(s, req), version: versionRow(v, authors: try await UserModel.displayNames([v.authorID], on: req.db)),
               content: try v.document, findings: v.findingList,
               style: try await SummaryStyle.findings(try v.document, summary: s, req: req))
    }
}

extension SummaryDocument {
    /// This content with every number that is not one of `kept` marked untraced.
    func untracing(except kept: [TracedNumber]) -> SummaryDocument {
        var copy = self
        func fix(_ runs: [Run]) -> [Run] {
            runs.map { run in
                guard case .number(var n) = run, !kept.contains(n) else { return run }
                n.traced = false
                return .number(n)
            }
        }
        copy.blocks = blocks.map { block in
            switch block {
            case .heading: return block
            case .paragraph(var p): p.runs = fix(p.runs); return .paragraph(p)
            case .table(var t): t.rows = t.rows.map { $0.map(fix) }; return .table(t)
            }
        }
        return copy
    }
}
