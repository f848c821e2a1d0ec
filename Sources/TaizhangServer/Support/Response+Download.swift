import Foundation
import TaizhangDocument
import Vapor

extension Response {
    /// A generated document (a circular, a fund usage report) as a download in `format`
    /// (docx, md or html), named after its title; the API and the pages offer the same file.
    static func download(_ document: SummaryDocument, format raw: String) throws -> Response {
        guard let format = SummaryService.Format(rawValue: raw), format != .txt else {
            throw AppError.badRequest("invalid_format", zh: "导出格式须为 json、docx、md 或 html。", en: "format must be json, docx, md or html.", field: "format")
        }
        let file = try SummaryService.export(document, as: format)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: file.contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: HTTPHeaders.attachment(title: document.title, ext: format.rawValue))
        return Response(status: .ok, headers: headers, body: .init(data: Data(file.data)))
    }
}
