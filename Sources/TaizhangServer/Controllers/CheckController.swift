import Foundation
import TaizhangDomain
import TaizhangSummary
import TaizhangText
import Vapor

/// The checker (体检) over HTTP: pasted text (JSON), an uploaded file (multipart field
/// `file`), or the raw bytes of a .txt/.docx (`?filename=`). Returns the same JSON as
/// `taizhang check --format json`.
enum CheckController {
    struct Pasted: Content { var text: String; var name: String? }
    struct Upload: Content { var file: File }

    static let maxUpload = UploadedDocument.maxUpload

    static func check(req: Request) async throws -> Response {
        _ = try req.caller()
        let report: DocumentReport
        switch req.headers.contentType {
        case .some(.json):
            let body = try req.decodeJSON(Pasted.self)
            guard !body.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw AppError.badRequest("empty_text", zh: "请粘贴要检查的文字。", en: "Paste the text to check.", field: "text")
            }
            report = Checker.check(text: body.text, path: body.name ?? "粘贴文本")
        case .some(let type) where type.type == "multipart":
            let upload = try req.content.decode(Upload.self)
            report = try checkFile(Data(buffer: upload.file.data), name: upload.file.filename)
        default:
            guard let buffer = req.body.data, buffer.readableBytes > 0 else {
                throw AppError.badRequest("empty_body", zh: "请上传文件或粘贴文字。", en: "Upload a file or paste text.")
            }
            report = try checkFile(Data(buffer: buffer), name: req.query[String.self, at: "filename"] ?? "upload.txt")
        }
        let response = Response(status: .ok)
        response.headers.contentType = .json
        response.body = .init(string: ReportRenderer.json(CheckReport(documents: [report]), pretty: false))
        return response
    }

    struct PreviewInput: Content { var text: String; var name: String?; var period: String?; var unit: Int? }

    /// POST /api/check/preview {text, name?, period?, unit?}: what importing the text would write
    /// (ImportPreview JSON: the document's period, one candidate per figure with its span,
    /// 其中 parts folded in, running totals and unknown indicators marked not importable).
    /// Nothing is written; POST /check/import (or `taizhang import`) writes the importable ones.
    static func preview(req: Request) async throws -> Response {
        _ = try req.caller()
        let body = try req.decodeJSON(PreviewInput.self)
        guard !body.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw AppError.badRequest("empty_text", zh: "请粘贴要导入的文字。", en: "Paste the text to import.", field: "text")
        }
        var period: Period? = nil
        if let raw = body.period, !raw.isEmpty {
            guard let parsed = Period(code: raw) else {
                throw AppError.badRequest("bad_period", zh: "期间代码无效（例：2025H1）。", en: "Invalid period code (e.g. 2025H1).", field: "period")
            }
            period = parsed
        }
        let report = Checker.check(text: body.text, path: body.name ?? "粘贴文本")
        var existing: [String: Double] = [:]
        if let unit = body.unit {
            // Conflicts with the unit's ledger for the period (chosen, else the document's).
            guard try await req.scope().can(.writeLedger, on: unit) else { throw AppError.forbidden }
            if let target = period ?? DocumentPeriod.detect(in: body.text) {
                existing = try await LedgerFigures.totals(unitID: unit, period: target, on: req.db)
            }
        }
        let preview = DocumentImport.preview(text: body.text, report: report, catalog: try await req.catalog(), period: period,
                                             existing: existing)
        let response = Response(status: .ok)
        response.headers.contentType = .json
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        response.body = .init(data: try encoder.encode(preview))
        return response
    }

    /// The checker reads files by URL (it sniffs encodings and unpacks .docx safely);
    /// uploads go through a private temporary file that is removed afterwards.
    static func checkFile(_ data: Data, name: String) throws -> DocumentReport {
        let (text, encoding) = try UploadedDocument.read(data, name: name)
        return Checker.check(text: text, path: name, encoding: encoding.rawValue)
    }
}
