import Fluent
import Foundation
import TaizhangDomain
import TaizhangSummary
import TaizhangText
import TaizhangWeb
import Vapor

/// The checker (体检) in the browser: paste text or upload a .txt/.docx, see each finding
/// marked in the text and explained, the quantities listed; import the figures into the
/// ledger as entries to confirm.
enum CheckerPageController {
    /// Uploads above this are refused with a message (the route accepts a little more, so
    /// the page can say so and keep the pasted text rather than fail the whole request).
    static let maxFile = 8 * 1_048_576

    static func page(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        return req.html(CheckerPage.render(model(req, unit: unit, scope: scope), ctx)).clearingFlash(req)
    }

    /// POST /check (multipart {text, file}): a file wins over pasted text.
    static func check(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        let form = try WebForm.read(req)
        let pasted = form.values["text"] ?? ""
        var state = FormState(values: ["text": pasted])
        var result: CheckerPage.Result?
        if let file = form.files.first(where: { $0.field == "file" }), file.data.readableBytes > 0 {
            let name = file.filename.isEmpty ? "upload.txt" : file.filename
            do {
                let (text, encoding) = try UploadedDocument.read(Data(buffer: file.data), name: name, options: CheckOptions(byteLimit: maxFile))
                result = self.result(Checker.check(text: text, path: name, encoding: encoding.rawValue), text: text, name: name, lang: ctx.lang)
            } catch let e as AppError {
                state.errors["file"] = ctx.lang == .en ? e.en : e.zh
            }
        } else if !pasted.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let name = ctx.lang == .en ? "Pasted text" : "粘贴文本"
            result = self.result(Checker.check(text: pasted, path: name), text: pasted, name: name, lang: ctx.lang)
        } else {
            state.errors["text"] = ctx.text(.checkEmpty)
        }
        var m = model(req, unit: unit, scope: scope)
        m.form = state
        if var shown = result, m.canImport {
            // The import preview, and the document's own period offered first.
            let detected = DocumentPeriod.detect(in: shown.text)
            let existing = try await LedgerFigures.totals(unitID: unit.id, period: detected ?? m.importPeriods.first ?? .year(CivilDate(req.now).year), on: req.db)
            let preview = DocumentImport.preview(text: shown.text, report: Checker.check(text: shown.text, path: shown.documentName),
                                                 catalog: try await req.catalog(), period: detected ?? m.importPeriods.first, existing: existing)
            shown.preview = previewRows(preview, lang: ctx.lang)
            shown.documentPeriod = preview.documentPeriod.flatMap(Period.init(code:))
            if let period = shown.documentPeriod { m.importPeriods = [period] + m.importPeriods.filter { $0 != period } }
            result = shown
        }
        m.result = result
        return req.html(CheckerPage.render(m, ctx), status: result == nil ? .unprocessableEntity : .ok)
    }

    /// POST /check/import {text, name, period}: the figures that match catalog indicators become
    /// pending entries of the current unit, as `taizhang import` writes them.
    static func importEntries(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        guard scope.can(.writeLedger, on: unit.id) else { throw AppError.forbidden }
        let values = try WebForm.read(req).values
        let period = try Period.parse(values["period"] ?? "")
        let text = values["text"] ?? "", name = values["name"] ?? "粘贴文本"
        let candidates = DocumentImport.candidates(text: text, fileData: Data(text.utf8), fileName: name,
                                                   report: Checker.check(text: text, path: name), catalog: try await req.catalog(),
                                                   unitID: unit.id, period: period)
        guard !candidates.isEmpty else { return req.seeOther("/check", flash: .init(.info, ctx.text(.nothingToImport))) }
        let ids = try await Ledger.create(candidates.map { Ledger.EntryInput($0.stored) }, actor: try await req.actor(),
                                          catalog: try await req.catalog(), evidence: req.evidenceFiles, writes: req.writes)
        return req.seeOther("/ledger?source=imported", flash: .init(.success, ctx.text(.entriesImported) + "\(ids.count)"))
    }

    static func previewRows(_ preview: ImportPreview, lang: Language) -> [CheckerPage.PreviewRow] {
        preview.candidates.map { c in
            let note = (c.conflict.map { [$0] } ?? []) + c.reasons
            return CheckerPage.PreviewRow(title: c.title, value: c.value, unit: c.unit, indicator: c.indicatorName ?? "",
                                          line: c.span.line, column: c.span.column, parts: c.parts.map(\.title),
                                          note: note.map { bilingual($0, lang) }.joined(separator: ";"), importable: c.importable)
        }
    }

    /// "中文 / English" → the half in the page's language.
    static func bilingual(_ text: String, _ lang: Language) -> String {
        let halves = text.components(separatedBy: " / ")
        return halves.count == 2 ? (lang == .en ? halves[1] : halves[0]) : text
    }

    static func model(_ req: Request, unit: DomainUnit, scope: AccessScope) -> CheckerPage.Model {
        let today = CivilDate(req.now)
        let half = Period.containing(today, kind: .halfYear), quarter = Period.containing(today, kind: .quarter)
        return CheckerPage.Model(canImport: scope.can(.writeLedger, on: unit.id),
                                 importPeriods: [half.previous, half, quarter.previous, quarter, .year(today.year - 1), .year(today.year)])
    }

    static func result(_ r: DocumentReport, text: String, name: String, lang: Language) -> CheckerPage.Result {
        CheckerPage.Result(
            documentName: name, encoding: r.encoding, text: text, findings: r.findings.compactMap { finding($0, lang) },
            quantities: r.quantities.map {
                .init(text: $0.text, normalized: $0.normalized, unit: $0.unit, qualifier: $0.qualifier, subject: $0.subject, line: $0.line)
            },
            outline: r.outline.map { .init(level: $0.level, marker: $0.marker, title: $0.title, line: $0.line) })
    }

    /// A checker finding in the page's language (English when the checker gave one).
    static func finding(_ f: TaizhangText.Finding, _ lang: Language) -> CheckerPage.Finding? {
        guard let kind = CheckerPage.Kind(rawValue: f.kind.rawValue), let severity = CheckerPage.Severity(rawValue: f.severity.rawValue) else { return nil }
        return CheckerPage.Finding(kind: kind, severity: severity, line: f.line, column: f.column, text: f.text,
                                   message: lang == .en ? f.messageEn ?? f.message : f.message)
    }
}
