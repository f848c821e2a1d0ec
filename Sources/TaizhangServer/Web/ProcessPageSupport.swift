import Foundation
import TaizhangDomain
import TaizhangProcess
import TaizhangWeb
import Vapor

/// What every process page (SPEC §4) starts from: the page session and the zone or project
/// shown — `?unit=` (a supervisor's pick, read access checked), else the unit worked in
/// when it is one, else the first one in reach.
struct ProcessPageSession {
    var ctx: PageContext
    var unit: DomainUnit
    var scope: AccessScope

    var lang: Language { ctx.lang }
    var zh: Bool { ctx.lang != .en }
}

extension Request {
    func processSession() async throws -> ProcessPageSession {
        let (ctx, current, scope) = try await pageSession()
        if let raw = query[String.self, at: "unit"], !raw.isEmpty {
            guard let id = Int(raw), let unit = scope.tree[id] else { throw AppError.notFound("Unit", zh: "该单位") }
            guard scope.can(.read, on: id) else { throw AppError.forbidden }
            return ProcessPageSession(ctx: ctx, unit: unit, scope: scope)
        }
        let id = ctx.processUnits.contains { $0.id == current.id } ? current.id : ctx.processUnits.first?.id ?? current.id
        return ProcessPageSession(ctx: ctx, unit: scope.tree[id] ?? current, scope: scope)
    }

    /// The process page `path` for the unit shown (a supervisor's `?unit=` kept).
    func processPath(_ path: String) -> String {
        guard let unit = query[String.self, at: "unit"].flatMap(Int.init) else { return path }
        return path + (path.contains("?") ? "&" : "?") + "unit=\(unit)"
    }
}

/// Posting a process form: the typed values, the use case's write, and its refusal turned into
/// messages next to the fields (or above the form) with everything typed kept.
enum ProcessForm {
    /// Runs `write`; nil on success, else the form state to show again. A refusal of the
    /// input (400/409/422) is shown on the form; anything else (403, 404) is thrown.
    /// `fields` maps the input's field names (`lines[2].category` is looked up as `category`)
    /// to the form's; a problem of no known field goes above the form.
    static func attempt(_ values: [String: String], lang: Language, fields: [String: String] = [:],
                        _ write: () async throws -> Void) async throws -> FormState? {
        do {
            try await write()
            return nil
        } catch let e as AppError where [.unprocessableEntity, .conflict, .badRequest].contains(e.status) {
            var state = FormState(values: values)
            let problems = e.details.isEmpty ? [DomainError(e.code, zh: e.zh, en: e.en, field: e.field)] : e.details
            for d in problems {
                let text = d.message(lang)
                if let name = formField(d.field, values: values, fields: fields) {
                    state.errors[name] = state.errors[name].map { $0 + " " + text } ?? text
                } else {
                    state.formError = state.formError.map { $0 + " " + text } ?? text
                }
            }
            if state.formError == nil { state.formError = lang.text(.fixMarked) }
            return state
        }
    }

    static func formField(_ field: String?, values: [String: String], fields: [String: String]) -> String? {
        guard let field else { return nil }
        let last = field.split(separator: ".").last.map(String.init) ?? field
        for name in [field, last] {
            if let mapped = fields[name] { return mapped }
            if values[name] != nil { return name }
        }
        return nil
    }

    /// A problem with what was typed, before the use case is asked (a date that is no date).
    static func invalid(_ field: String, zh: String, en: String) -> AppError {
        AppError.invalid([DomainError("invalid_input", zh: zh, en: en, field: field)])
    }

    static func date(_ values: [String: String], _ name: String, required: Bool = true) throws -> CivilDate? {
        let raw = (values[name] ?? "").trimmingCharacters(in: .whitespaces)
        if raw.isEmpty && !required { return nil }
        guard let d = CivilDate(iso: raw) else { throw invalid(name, zh: "请填写日期（年-月-日）。", en: "Enter a date (yyyy-mm-dd).") }
        return d
    }

    /// 万元 as typed ("12.5") to fen; at most two decimals of 万元 are refused beyond 分.
    static func fen(_ values: [String: String], _ name: String, required: Bool = true) throws -> Fen {
        let raw = (values[name] ?? "").trimmingCharacters(in: .whitespaces)
        if raw.isEmpty && !required { return 0 }
        guard let wan = Decimal(string: raw, locale: Locale(identifier: "en_US_POSIX")), !raw.contains(where: { $0.isLetter }) else {
            throw invalid(name, zh: "请填写金额（万元，数字）。", en: "Enter an amount in 10,000 yuan.")
        }
        var fen = wan * 1_000_000, rounded = Decimal()
        NSDecimalRound(&rounded, &fen, 0, .plain)
        return NSDecimalNumber(decimal: rounded).intValue
    }

    static func text(_ values: [String: String], _ name: String) -> String {
        (values[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension Language {
    /// A page string of TaizhangWeb's tables, for the few texts the server composes.
    func text(_ key: TaizhangWeb.Key) -> String {
        Strings.pair(key).map { self == .en ? $0.en : $0.zh } ?? key.rawValue
    }

    func paren(_ s: String) -> String { self == .en ? " (" + s + ")" : "（" + s + "）" }
}

/// Money in the pages is shown in 万元, as the offices budget it.
extension Fen {
    var wan: Double { Double(self) / 1_000_000 }
}
