import Fluent
import TaizhangDocument
import TaizhangDomain
import Vapor

extension SummaryController {
    /// Summaries cover a quarter, a half-year or a year (a month is a work update, not a 总结).
    static func summaryPeriod(_ raw: String) throws -> Period {
        let period = try Period.parse(raw)
        guard period.kind != .month else {
            throw AppError.badRequest("invalid_period", zh: "工作总结按季度、半年或年度生成（例：2024H1）。",
                                      en: "Summaries cover a quarter, half-year or year (e.g. 2024H1).", field: "period")
        }
        return period
    }

    /// The unit's own people (staff, liaison, leader) write its summary; a supervisor or
    /// admin may write any below them.
    @discardableResult
    static func authorizeWrite(_ req: Request, unit: Int) async throws -> AccessScope {
        let scope = try await req.scope()
        guard scope.tree[unit] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
        guard scope.can(.writeLedger, on: unit) || scope.can(.manage, on: unit) else { throw AppError.forbidden }
        return scope
    }

    /// The summary named by the path, after checking the caller may read it (`.read`) or
    /// write it (any other action).
    static func find(_ req: Request, action: AccessScope.Action) async throws -> SummaryModel {
        guard let summary = try await SummaryModel.find(try req.pathID(), on: req.db) else {
            throw AppError.notFound("Summary", zh: "该工作总结")
        }
        if action == .read { try await req.authorize(.read, unit: summary.unitID) } else { try await authorizeWrite(req, unit: summary.unitID) }
        return summary
    }

    static func version(_ summary: SummaryModel, number: Int, on db: any Database) async throws -> SummaryVersionModel {
        guard let v = try await SummaryVersionModel.query(on: db).filter(\.$summaryID == summary.requireID())
            .filter(\.$number == number).first() else { throw AppError.notFound("Version", zh: "该版本") }
        return v
    }

    static func loader(_ req: Request, tree: UnitTree) async throws -> SummarySourceLoader {
        SummarySourceLoader(db: req.db, tree: tree, catalog: try await req.catalog(), now: req.now)
    }

    /// Applies the edits, or takes the whole content with every number checked against the
    /// base: a number not found unchanged (same text, value and sources) in the base was typed
    /// by the user, so it is no longer traced — a client cannot forge a trace.
    static func edited(_ base: SummaryDocument, _ input: UpdateInput) throws -> SummaryDocument {
        if let content = input.content {
            guard input.edits == nil else {
                throw AppError.badRequest("ambiguous_update", zh: "请只提交段落修改或完整内容之一。", en: "Send either edits or content, not both.")
            }
            return content.untracing(except: base.numbers)
        }
        guard let edits = input.edits, !edits.isEmpty else {
            throw AppError.badRequest("empty_update", zh: "没有要保存的修改。", en: "Nothing to save.", field: "edits")
        }
        var doc = base
        for edit in edits {
            do { try doc.editParagraph(id: edit.block, text: edit.text) } catch {
                throw AppError.badRequest("unknown_block", zh: "找不到段落“\(edit.block)”。", en: "No paragraph “\(edit.block)”.", field: "edits")
            }
        }
        return doc
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
