import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

extension LedgerPageController {
    static func newForm(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        guard scope.can(.writeLedger, on: unit.id) else { throw AppError.forbidden }
        let form = FormState(values: ["date": CivilDate(req.now).iso, "category": EntryCategory.activity.rawValue])
        return req.html(EntryFormPage.render(.init(form: form, indicators: try await req.formIndicators(for: unit.id, in: scope.tree),
                                                   recentIndicators: try await recentIndicators(unit: unit.id, req: req)), ctx))
    }

    /// POST /ledger: on success back to the list with a message; on failure the form again
    /// with what was typed and a message next to each field that failed.
    static func create(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        let catalog = try await req.catalog()
        let posted = try WebForm.read(req)
        let values = posted.values
        var (input, files, errors) = checked(posted, unit: unit.id, catalog: catalog, lang: ctx.lang, req: req)
        if let input, errors.isEmpty {
            do {
                _ = try await Ledger.create([input], files: files, actor: try await req.actor(), catalog: catalog,
                                            evidence: req.evidenceFiles, writes: req.writes)
                return req.seeOther("/ledger", flash: .init(.success, WebMessage.created.text(ctx.lang)))
            } catch let e as AppError where e.status == .unprocessableEntity || e.status == .conflict {
                addErrors(e, to: &errors, values: input.values ?? [], lang: ctx.lang)
            }
        }
        let form = FormState(values: values, errors: errors, formError: errors.isEmpty ? nil : (ctx.lang == .en ? "Please correct the marked fields." : "请修改标出的内容。"))
        return req.html(EntryFormPage.render(.init(form: form, indicators: try await req.formIndicators(for: unit.id, in: scope.tree, activeOnly: false),
                                                   recentIndicators: try await recentIndicators(unit: unit.id, req: req)), ctx),
                        status: .unprocessableEntity)
    }

    /// The indicators the unit recorded most in the last 90 days (at most six), most used first:
    /// the form offers them before the catalog's groups.
    static func recentIndicators(unit: Int, req: Request) async throws -> [String] {
        let since = CivilDate(req.now).adding(days: -90).iso
        let codes = try await EntryValueModel.query(on: req.db).filter(\.$unitID == unit).filter(\.$countsOn >= since)
            .field(\.$indicatorCode).all().map(\.indicatorCode)
        let counts = Dictionary(codes.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.sorted { $0.value == $1.value ? $0.key < $1.key : $0.value > $1.value }.prefix(6).map(\.key)
    }

    /// The entry and its evidence files as posted; what would not parse (dates, numbers) is a
    /// field error here. The ledger's rules and the files are checked once, by `Ledger`.
    static func checked(_ form: WebForm, unit: Int, catalog: Catalog, lang: Language, req: Request, adjust: (inout Ledger.EntryInput) -> Void = { _ in })
        -> (Ledger.EntryInput?, [EvidenceFiles.Upload], [String: String]) {
        let files = form.files.filter { $0.field == "evidence" }.map(\.evidence)
        var errors: [String: String] = [:]
        var input = entryInput(form.values, unit: unit, catalog: catalog, lang: lang, errors: &errors)
        if var i = input {
            adjust(&i)
            input = i
            // The form could not be read whole: show the ledger's own problems beside the parse errors.
            let more = errors.isEmpty ? [] : Ledger.problems(i, files: files, catalog: catalog, today: req.today,
                                                                         maxBytes: req.application.appConfig.security.evidenceMaxBytes)
            if !more.isEmpty { addErrors(AppError.invalid(more), to: &errors, values: i.values ?? [], lang: lang) }
        }
        return (input, files, errors)
    }

    /// A use case's error, message by message, next to the form field it is about.
    static func addErrors(_ e: AppError, to errors: inout [String: String], values: [IndicatorValue], lang: Language) {
        let list = e.details.isEmpty || e.status == .conflict ? [DomainError(e.code, zh: e.zh, en: e.en, field: e.field)] : e.details
        for d in list { errors[fieldName(d.field, values: values), default: ""] += lang == .en ? d.en : d.zh }
    }

    /// The API input from the form; unreadable dates and numbers become field errors here.
    static func entryInput(_ v: [String: String], unit: Int, catalog: Catalog, lang: Language, errors: inout [String: String]) -> Ledger.EntryInput? {
        let zh = lang != .en
        let date = CivilDate(iso: v["date"] ?? "")
        if date == nil { errors["date"] = zh ? "请填写日期（年-月-日）。" : "Enter a date (yyyy-mm-dd)." }
        let end = (v["end_date"] ?? "").isEmpty ? nil : CivilDate(iso: v["end_date"]!)
        if !(v["end_date"] ?? "").isEmpty && end == nil { errors["end_date"] = zh ? "结束日期无效。" : "Invalid end date." }
        let category = EntryCategory(rawValue: v["category"] ?? "")
        if category == nil { errors["category"] = zh ? "请选择类别。" : "Choose a category." }
        var values: [IndicatorValue] = []
        for ind in catalog.indicators {
            let raw = (v[EntryFormPage.valueField(ind.code)] ?? "").trimmingCharacters(in: .whitespaces)
            guard !raw.isEmpty else { continue }
            // "300余" and "约300" as typed; else the qualifier chosen beside the box.
            guard let parsed = QuantityInput.parse(raw, measureWord: ind.measureWord) else {
                errors[EntryFormPage.valueField(ind.code)] = zh ? "请填写数字，约数可写“约300”“300余”。" : "Enter a number (约300 or 300余 for approximate figures)."
                continue
            }
            let chosen = v[EntryFormPage.qualifierField(ind.code)].flatMap { QuantityInput.qualifiers.contains($0) ? $0 : nil }
            values.append(IndicatorValue(indicator: ind.code, value: parsed.value, qualifier: parsed.qualifier ?? chosen))
        }
        guard let date, let category else { return nil }
        let text: (String) -> String? = { v[$0].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        return Ledger.EntryInput(unitId: unit, category: category, title: v["title"] ?? "", narrative: v["narrative"],
                                 place: text("place"), date: date, endDate: end, values: values,
                                 planned: v["planned"] == "1", source: .typed, provenance: nil, confirmer: nil,
                                 confirmationRequired: v["confirmation_required"] == "1", version: Int(v["version"] ?? ""))
    }

    /// The validator names fields like `values[2].value`; the form calls that one `v.<code>`.
    static func fieldName(_ field: String?, values: [IndicatorValue]) -> String {
        guard let field else { return "title" }
        if field.hasPrefix("values["), let close = field.firstIndex(of: "]"),
           let i = Int(field[field.index(field.startIndex, offsetBy: 7)..<close]), values.indices.contains(i) {
            return EntryFormPage.valueField(values[i].indicator)
        }
        if field == "evidence" || field == "file" { return "evidence" }
        if field == "version" || field == "status" { return "title" }
        return field == "end_date" || field == "endDate" ? "end_date" : field
    }
}
