import Foundation
import TaizhangDocument
import TaizhangDomain
import Vapor

/// Spreadsheet downloads: `format=xlsx` (a workbook) or `format=csv` (UTF-8 with BOM,
/// formula cells neutralised), named after a Chinese title.
enum SheetFormat: String, CaseIterable {
    case xlsx, csv

    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The `format` query value; `fallback` when absent, 400 when unknown.
    static func from(_ req: Request, fallback: SheetFormat = .xlsx) throws -> SheetFormat {
        guard let raw = req.query[String.self, at: "format"] else { return fallback }
        guard let f = SheetFormat(rawValue: raw) else {
            throw AppError.badRequest("invalid_format", zh: "导出格式须为 xlsx 或 csv。", en: "format must be xlsx or csv.", field: "format")
        }
        return f
    }

    /// One table as a download (CSV holds the first table only).
    func response(_ tables: [SheetTable], title: String, date: CivilDate) throws -> Response {
        var headers = HTTPHeaders()
        let body: Data
        switch self {
        case .xlsx:
            body = try XlsxWriter(date: DocDate(date), title: title).data(for: tables)
            headers.replaceOrAdd(name: .contentType, value: Self.xlsxType)
        case .csv:
            body = Data(CSVTable.text(tables.first ?? SheetTable(name: title, columns: [], rows: [])).utf8)
            headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        }
        headers.replaceOrAdd(name: .contentDisposition, value: HTTPHeaders.attachment(title: title, ext: rawValue))
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: body))
    }
}
