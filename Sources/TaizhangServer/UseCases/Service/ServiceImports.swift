import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangService
import TaizhangText

/// SPEC §7: cases imported from the approval system, as a CSV or XLSX file (the raw body,
/// or multipart field `file`) or as JSON rows; all or nothing, every bad row named in
/// Chinese (第3行：…) with its English beside it. Shared by the API
/// (`ServiceImportController`) and the board page's upload.
enum ServiceImports {
    /// One case of the JSON import: the CSV's columns by their snake_case names, as text.
    struct JSONCase: Codable, Sendable {
        var number: String?; var itemCode: String?; var applicant: String?; var staff: String?; var acceptedAt: String?
        var completedAt: String?; var outcome: String?; var reason: String?; var statutoryDays: String?; var promisedDays: String?
        var steps: String?

        func row(_ line: Int) -> CaseRow {
            CaseRow(line: line, number: number ?? "", itemCode: itemCode ?? "", applicant: applicant, staff: staff, acceptedAt: acceptedAt ?? "",
                    completedAt: completedAt, outcome: outcome, reason: reason, statutoryDays: statutoryDays, promisedDays: promisedDays, steps: steps)
        }
    }
    struct Result: Codable, Sendable { var inserted: Int; var updated: Int; var unchanged: Int; var total: Int }

    /// A CSV or XLSX file's cases (API and page).
    static func importFile(centre id: Int, data: Data, name: String, in ctx: ServiceContext) async throws -> Result {
        let access = try ctx.supervising(id)
        let table: [[String]]
        if name.lowercased().hasSuffix(".xlsx") || data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            do { table = try XlsxReader.firstSheetTexts(data) } catch let e as XlsxReader.Failure {
                throw AppError(.unprocessableEntity, "unreadable_sheet", zh: e.zh, en: e.en)
            }
        } else {
            // Excel saves CSV as GB18030 on Chinese Windows: the checker's decoder sniffs it.
            guard let text = try? TextDecoder.decode([UInt8](data), path: name).text else {
                throw AppError(.unprocessableEntity, "unreadable_csv", zh: "CSV文件须为UTF-8或GB18030编码。", en: "The CSV must be UTF-8 or GB18030.")
            }
            table = CSVReader.rows(text)
        }
        let rows: [CaseRow]
        switch CaseRow.from(table: table) {
        case .success(let r): rows = r
        case .failure(let p): throw problems([p])
        }
        return try await store(rows, centre: access.centre, in: ctx)
    }

    /// JSON rows (at most 100,000 at once).
    static func importRows(centre id: Int, _ input: [JSONCase], in ctx: ServiceContext) async throws -> Result {
        let access = try ctx.supervising(id)
        guard input.count <= 100_000 else {
            throw AppError.badRequest("too_many", zh: "一次最多导入100000件。", en: "At most 100,000 cases at once.", field: "cases")
        }
        return try await store(input.enumerated().map { $1.row($0 + 1) }, centre: access.centre, in: ctx)
    }

    /// Checks every row (pure), then writes all in one transaction, audited as one import.
    static func store(_ rows: [CaseRow], centre: Int, in ctx: ServiceContext) async throws -> Result {
        let store = ctx.store
        let items = try await store.items(centre)
        let staff = try await store.staff(centre)
        let names = Dictionary(grouping: staff, by: \.name).compactMapValues { $0.count == 1 ? $0[0].id : nil }
        let directory = names.merging(Dictionary(staff.map { ($0.workNumber, $0.id) }, uniquingKeysWith: { a, _ in a })) { $1 }
        let cases: [ServiceCase]
        switch CaseImport(items: items, staff: directory, now: ctx.now).convert(rows) {
        case .success(let c): cases = c
        case .failure(let p): throw problems(p.list)
        }
        let now = ctx.now, engine = ctx.writes.engine
        let outcome = try await ctx.write { db in
            let o = try await ServiceCaseWriter.store(cases, centre: centre, at: now, on: db, engine: engine)
            try await ctx.audit(on: db, "import", "service_cases", id: nil, unit: centre, after: o)
            return o
        }
        await ctx.caseCache.invalidate(centre)
        return Result(inserted: outcome.inserted, updated: outcome.updated, unchanged: outcome.unchanged, total: cases.count)
    }

    /// 422 naming every bad row; the first one is the message.
    static func problems(_ list: [ImportProblem]) -> AppError {
        let details = list.map { DomainError("import_row", zh: $0.message, en: "Line \($0.line): \($0.en)", field: "line \($0.line)") }
        let first = details[0]
        return AppError(.unprocessableEntity, "import_refused", zh: "导入未执行：" + first.zh + (list.count > 1 ? "（共\(list.count)处问题）" : ""),
                        en: "Nothing imported: " + first.en + (list.count > 1 ? " (\(list.count) problems)" : ""), details: details)
    }
}
