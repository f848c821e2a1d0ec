import Foundation
import TaizhangDomain
import Vapor

/// /api/service case imports: thin adapters over `ServiceImports` (a CSV or XLSX file as
/// the raw body or multipart field `file`, or JSON rows).
enum ServiceImportController {
    struct JSONInput: Content { var cases: [ServiceImports.JSONCase] }
    struct Upload: Content { var file: File }

    static func importFile(req: Request) async throws -> Response {
        let (data, name) = try upload(req)
        return try Response.created(try await ServiceImports.importFile(centre: try req.pathID(), data: data, name: name, in: try await req.serviceContext()))
    }

    static func importJSON(req: Request) async throws -> Response {
        let centre = try req.pathID(), ctx = try await req.serviceContext()
        _ = try ctx.supervising(centre)
        let input = try req.decodeJSON(JSONInput.self)
        return try Response.created(try await ServiceImports.importRows(centre: centre, input.cases, in: ctx))
    }

    static func upload(_ req: Request) throws -> (Data, String) {
        if let type = req.headers.contentType, type.type == "multipart" {
            let file = try req.content.decode(Upload.self).file
            return (Data(buffer: file.data), file.filename)
        }
        guard let buffer = req.body.data, buffer.readableBytes > 0 else {
            throw AppError.badRequest("empty_body", zh: "请上传CSV或XLSX文件。", en: "Upload a CSV or XLSX file.")
        }
        return (Data(buffer: buffer), req.query[String.self, at: "filename"] ?? "cases.csv")
    }
}
