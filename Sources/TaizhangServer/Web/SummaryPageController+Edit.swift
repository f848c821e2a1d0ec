import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangWeb
import Vapor

extension SummaryPageController {
    /// POST /summaries/{id}/sections/{section} {base_version, block.<paragraph id>…}: the changed
    /// paragraphs of one section become a new version. A stale base version (someone saved in
    /// between) comes back as 409 with the typed text kept, on the latest version.
    static func saveSection(req: Request) async throws -> Response {
        let (ctx, _, scope) = try await req.pageSession()
        let summary = try await req.summary(action: .writeLedger)
        let section = req.parameters.get("section") ?? ""
        let values = try WebForm.read(req).values
        let base = Int(values["base_version"] ?? "") ?? 0
        let path = "/summaries/\(try summary.requireID())"
        let latest = try await Summaries.version(summary, number: summary.latestVersion, on: req.db).document
        guard let paragraphs = paragraphs(of: section, in: latest) else { throw AppError.notFound("Section", zh: "该节") }

        func conflict() async throws -> Response {
            let typed = values.filter { $0.key.hasPrefix("block.") }
            let model = try await pageModel(req, summary, version: summary.latestVersion, ctx: ctx, scope: scope,
                                            form: FormState(values: typed, formError: ctx.text(.staleVersion)), failedSection: section)
            return req.html(SummaryPage.render(model, ctx), status: .conflict)
        }
        guard base == summary.latestVersion else { return try await conflict() }
        let edits = paragraphs.compactMap { p -> Summaries.UpdateInput.Edit? in
            guard let raw = values["block." + p.id] else { return nil }
            let text = raw.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            return text == p.runs.plainText.trimmingCharacters(in: .whitespacesAndNewlines) ? nil : .init(block: p.id, text: text)
        }
        guard !edits.isEmpty else { return req.seeOther(path + "#sec-" + section, flash: .init(.info, ctx.text(.nothingChanged))) }
        do {
            _ = try await Summaries.save(summary.id!, .init(baseVersion: base, edits: edits), actor: try await req.actor(), writes: req.writes)
        } catch let e as AppError where e.status == .conflict {
            return try await conflict()
        }
        return req.seeOther(path + "#sec-" + section, flash: .init(.success, ctx.text(.sectionSaved)))
    }

    /// The paragraphs of a section as the page splits them: "opening" (before the first
    /// level-1 heading) or a level-1 heading's id; nil when there is no such section.
    static func paragraphs(of section: String, in doc: SummaryDocument) -> [Paragraph]? {
        var current = "opening", found = false
        var out: [Paragraph] = []
        for block in doc.blocks {
            if case .heading(let h) = block, h.level == 1 {
                current = h.id
                found = found || current == section
                continue
            }
            guard current == section else { continue }
            found = true
            if case .paragraph(let p) = block { out.append(p) }
        }
        return found ? out : nil
    }

    /// GET /summaries/{id}/compare?a=&b= (default: the latest against the one before).
    static func compare(req: Request) async throws -> Response {
        let (ctx, _, _) = try await req.pageSession()
        let summary = try await req.summary(action: .read)
        let b = req.query[Int.self, at: "b"] ?? summary.latestVersion
        let a = req.query[Int.self, at: "a"] ?? max(1, b - 1)
        let from = try await Summaries.version(summary, number: a, on: req.db).document
        let to = try await Summaries.version(summary, number: b, on: req.db).document
        let versions = try await versions(req, summary)
        guard let va = versions.first(where: { $0.number == a }), let vb = versions.first(where: { $0.number == b }) else {
            throw AppError.notFound("Version", zh: "该版本")
        }
        let model = ComparePage.Model(id: try summary.requireID(), title: summary.title, from: va, to: vb, versions: versions,
                                      diff: SummaryDocument.compare(from, to))
        return req.html(ComparePage.render(model, ctx))
    }
}
