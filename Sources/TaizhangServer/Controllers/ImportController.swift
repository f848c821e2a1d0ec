import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangText
import Vapor

extension LedgerImport.Report: Content {}
extension AggregateImport.Report: Content {}

/// Spreadsheet imports: ledger entries (the export's columns) and aggregate values
/// (DHIS2 dataValueSets style). The file comes as multipart field `file`, or as the raw
/// body (.xlsx bytes, or CSV in UTF-8/GB18030); `dry_run=true` answers what would change
/// and writes nothing.
enum ImportController {
    static let maxBody: ByteCount = "16mb"
    struct Upload: Content { var file: File }

    /// POST /api/imports/entries?unit=&dry_run=
    static func entries(req: Request) async throws -> Response {
        let actor = try await req.actor()
        let rows = try sheet(req)
        let catalog = try await req.catalog()
        let parsed = LedgerSheetReader.parse(rows, defaultUnit: req.query[Int.self, at: "unit"], tree: actor.scope.tree, catalog: catalog)
        let dryRun = req.queryBool("dry_run") ?? false
        let report = try await LedgerImport.run(parsed, dryRun: dryRun, actor: actor, catalog: catalog, writes: req.writes)
        return try await report.encodeResponse(status: dryRun ? .ok : .created, for: req)
    }

    /// POST /api/imports/values?dry_run=
    static func values(req: Request) async throws -> Response {
        let actor = try await req.actor()
        let rows = try sheet(req)
        let catalog = try await req.catalog()
        let parsed = ValueSheetReader.parse(rows, tree: actor.scope.tree, catalog: catalog)
        let dryRun = req.queryBool("dry_run") ?? false
        let report = try await AggregateImport.run(parsed, dryRun: dryRun, actor: actor, catalog: catalog, writes: req.writes)
        return try await report.encodeResponse(status: dryRun ? .ok : .created, for: req)
    }

    /// The first sheet of the uploaded workbook, or the CSV's rows.
    static func sheet(_ req: Request) throws -> [XlsxReader.Row] {
        let data: Data, name: String
        if let type = req.headers.contentType, type.type == "multipart" {
            let upload = try req.content.decode(Upload.self)
            data = Data(buffer: upload.file.data); name = upload.file.filename
        } else {
            guard let buffer = req.body.data, buffer.readableBytes > 0 else {
                throw AppError.badRequest("empty_body", zh: "请上传 .xlsx 或 .csv 文件。", en: "Upload an .xlsx or .csv file.")
            }
            data = Data(buffer: buffer); name = req.query[String.self, at: "filename"] ?? ""
        }
        return try rows(data, name: name)
    }

    static func rows(_ data: Data, name: String) throws -> [XlsxReader.Row] {
        // A zip (PK\3\4) is a workbook whatever its name says; anything else is CSV text.
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            do {
                guard let first = try XlsxReader.sheets(data).first else { throw XlsxReader.Failure.notAWorkbook }
                return first.rows
            } catch let f as XlsxReader.Failure {
                let why = f == .tooLarge ? "解压后过大" : "无法读取"
                throw AppError(.unprocessableEntity, "unreadable_file", zh: "文件“\(name)”\(why)，请另存为 .xlsx 或 .csv 后再试。",
                               en: "“\(name)” cannot be read as a workbook (\(f)); save it as .xlsx or .csv.", field: "file")
            }
        }
        if name.lowercased().hasSuffix(".xls") {
            throw AppError(.unprocessableEntity, "old_excel", zh: "不支持旧版 .xls 文件，请在 Excel/WPS 中另存为 .xlsx。",
                           en: "Old .xls files are not supported; save as .xlsx.", field: "file")
        }
        do {
            let (text, _) = try TextDecoder.decode([UInt8](data), path: name.isEmpty ? "upload.csv" : name)
            return CSVTable.parse(text)
        } catch {
            throw AppError(.unprocessableEntity, "unreadable_file", zh: "文件“\(name)”不是可识别的 CSV 文本（UTF-8 或 GB18030）。",
                           en: "“\(name)” is not CSV text in UTF-8 or GB18030.", field: "file")
        }
    }
}
