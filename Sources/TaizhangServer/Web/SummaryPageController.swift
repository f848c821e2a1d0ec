import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangSummary
import TaizhangText
import TaizhangWeb
import Vapor

/// Summaries in the browser: the list with the generate form, and one summary shown
/// section by section with the checker's findings beside the text and each number's sources.
/// The drafting, versioning and permission rules are the `Summaries` use cases'.
enum SummaryPageController {
    static func list(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        let model = try await listModel(req, ctx: ctx, unit: unit, scope: scope)
        return req.html(SummariesPage.render(model, ctx)).clearingFlash(req)
    }

    /// POST /summaries {unit_id, period, scope=unit|subtree}: drafts, stores version 1, and opens it.
    static func create(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        let values = try WebForm.read(req).values
        let unitID = Int(values["unit_id"] ?? "") ?? unit.id
        guard let period = Period(code: values["period"] ?? ""), period.kind != .month else {
            let form = FormState(values: values, errors: ["period": ctx.text(.invalidPeriod)])
            let model = try await listModel(req, ctx: ctx, unit: unit, scope: scope, form: form)
            return req.html(SummariesPage.render(model, ctx), status: .unprocessableEntity)
        }
        let summaryID = try await Summaries.generate(unit: unitID, period: period, subtree: values["scope"] == "subtree",
                                                     actor: try await req.actor(), catalog: try await req.catalog(), writes: req.writes)
        return req.seeOther("/summaries/\(summaryID)", flash: .init(.success, ctx.text(.summaryGenerated)))
    }

    /// The summaries of the current unit and of the units below it that the caller reads.
    static func listModel(_ req: Request, ctx: PageContext, unit: DomainUnit, scope: AccessScope,
                          form: FormState = .empty) async throws -> SummariesPage.Model {
        let units = scope.readableIDs(root: unit.id, subtree: true)
        let summaries = try await SummaryModel.query(on: req.db).filter(\.$unitID ~~ units)
            .sort(\.$updatedAt, .descending).sort(\.$id, .descending).all()
        // Only the small columns: a version's content is the whole document.
        let versions = summaries.isEmpty ? [] : try await SummaryVersionModel.query(on: req.db)
            .filter(\.$summaryID ~~ summaries.compactMap(\.id))
            .field(\.$summaryID).field(\.$number).field(\.$findingCount).field(\.$authorID).all()
        let bySummary = Dictionary(grouping: versions, by: \.summaryID)
        let names = try await UserModel.displayNames(versions.map(\.authorID), on: req.db)
        let rows = summaries.compactMap { s -> SummariesPage.Row? in
            guard let id = s.id, let period = Period(code: s.periodCode) else { return nil }
            let v = bySummary[id]?.first { $0.number == s.latestVersion }
            return SummariesPage.Row(id: id, title: s.title, unitName: scope.tree[s.unitID]?.name ?? "", period: period,
                                     version: s.latestVersion, updatedAt: Stamp(s.updatedAt),
                                     updatedBy: v.flatMap { names[$0.authorID] } ?? "", findings: v?.findingCount,
                                     subtree: s.subtree)
        }
        var form = form
        let today = CivilDate(req.now)
        let periods = periodOptions(today)
        if form.values["period"] == nil { form.values["period"] = Period.containing(today, kind: .halfYear).previous.code }
        // The units a summary may be drafted for: the current one and, for a supervisor, each
        // unit below it (indented by level so the tree stays readable in the select).
        let base = scope.tree.depth(of: unit.id)
        let choices = scope.tree.subtree(of: unit.id)
            .filter { scope.can(.writeLedger, on: $0.id) || scope.can(.manage, on: $0.id) }
            .map { PageContext.UnitChoice(id: $0.id, name: String(repeating: "\u{3000}", count: scope.tree.depth(of: $0.id) - base) + $0.name) }
        return SummariesPage.Model(rows: rows, units: choices.isEmpty ? ctx.units : choices, periods: periods,
                                   canRollUp: scope.can(.manage, on: unit.id), form: form)
    }

    /// Half-years of four years back, this and last year's quarters, and the years.
    static func periodOptions(_ today: CivilDate) -> [Period] {
        let half = Period.containing(today, kind: .halfYear), quarter = Period.containing(today, kind: .quarter)
        return (0..<8).map { half.offset(by: -$0) } + (0..<8).map { quarter.offset(by: -$0) }
            + (0..<4).map { Period.year(today.year - $0) }
    }

    /// GET /summaries/{id}?version=N&view=read&number=n
    static func show(req: Request) async throws -> Response {
        let (ctx, _, scope) = try await req.pageSession()
        let summary = try await req.summary(action: .read)
        let number = req.query[Int.self, at: "version"] ?? summary.latestVersion
        let model = try await pageModel(req, summary, version: number, ctx: ctx, scope: scope,
                                        selectedNumber: req.query[Int.self, at: "number"])
        return req.html(SummaryPage.render(model, ctx)).clearingFlash(req)
    }

    static func pageModel(_ req: Request, _ summary: SummaryModel, version number: Int, ctx: PageContext, scope: AccessScope,
                          form: FormState = .empty, failedSection: String? = nil, selectedNumber: Int? = nil) async throws -> SummaryPage.Model {
        let document = try await Summaries.version(summary, number: number, on: req.db).document
        var sources: SummaryPage.NumberSources?
        if let n = selectedNumber {
            let detail = try await SummaryNumbers.detail(document.numbers, index: n, scope: scope, catalog: try await req.catalog(), on: req.db)
            sources = .init(index: n, text: detail.number.text, sources: detail.sources.map { link($0, ctx) })
        }
        return SummaryPage.Model(
            id: try summary.requireID(), document: document, version: number, latestVersion: summary.latestVersion,
            versions: try await versions(req, summary),
            findings: findings(document, ctx.lang) + (try await SummaryStyle.findings(document, summary: summary, req: req)).map { side($0, ctx.lang) },
            mode: req.query[String.self, at: "view"] == "read" ? .read : .edit,
            editable: scope.can(.writeLedger, on: summary.unitID) || scope.can(.manage, on: summary.unitID),
            form: form, failedSection: failedSection, numberSources: sources)
    }

    static func versions(_ req: Request, _ summary: SummaryModel) async throws -> [SummaryPage.Version] {
        let rows = try await SummaryVersionModel.query(on: req.db).filter(\.$summaryID == summary.requireID())
            .field(\.$number).field(\.$authorID).field(\.$createdAt).sort(\.$number).all()
        let names = try await UserModel.displayNames(rows.map(\.authorID), on: req.db)
        return rows.map { SummaryPage.Version(number: $0.number, at: Stamp($0.createdAt), author: names[$0.authorID] ?? "") }
    }

    /// The checker run on the text as the page lays it out (one line per block), so each
    /// finding lands beside its block; run afresh rather than read from the stored version
    /// because the stored line numbers follow the plain-text export's layout.
    static func findings(_ document: SummaryDocument, _ lang: Language) -> [SummaryPage.SideFinding] {
        let text = SummaryText(document)
        return Checker.check(text: text.text, path: "summary").findings.compactMap { f in
            CheckerPageController.finding(f, lang).map {
                SummaryPage.SideFinding(blockID: text.blockID(line: f.line), severity: $0.severity, kind: $0.kind, text: $0.text, message: $0.message)
            }
        }
    }

    /// A style-check finding beside its block (a whole-document one at the top).
    static func side(_ f: StyleFinding, _ lang: Language) -> SummaryPage.SideFinding {
        SummaryPage.SideFinding(blockID: f.blockID, severity: .warning, kind: .style, text: f.text,
                                message: lang == .en ? f.messageEn : f.message)
    }

    /// A resolved source as the page lists it; ledger entries open in the ledger.
    static func link(_ s: SummaryNumbers.Source, _ ctx: PageContext) -> SummaryPage.SourceLink {
        if s.hidden { return .init(label: ctx.text(.hiddenSource)) }
        let sep = ctx.lang == .en ? ", " : "，"
        let when = [s.date, s.unitName].compactMap { $0 }.joined(separator: sep)
        let values = (s.values ?? []).map { "\($0.name)\($0.value.compact)\($0.qualifier ?? "")\($0.measureWord)" }
            .joined(separator: ctx.lang == .en ? ", " : "、")
        let detail = [when, values].filter { !$0.isEmpty }.joined(separator: " · ")
        let isEntry = s.kind == SourceRef.Kind.entry.rawValue || s.kind == SourceRef.Kind.lastYear.rawValue
        return .init(label: s.label, detail: detail.isEmpty ? nil : detail,
                     url: isEntry && s.label != "（已删除）" ? "/ledger/\(s.id)/edit" : nil)
    }
}
