import Fluent
import TaizhangDocument
import Vapor

extension SummaryController {
    static func versions(req: Request) async throws -> [VersionRow] {
        let summary = try await find(req, action: .read)
        let versions = try await SummaryVersionModel.query(on: req.db).filter(\.$summaryID == summary.requireID())
            .sort(\.$number, .descending).all()
        let names = try await UserModel.displayNames(versions.map(\.authorID), on: req.db)
        return versions.map { versionRow($0, authors: names) }
    }

    static func getVersion(req: Request) async throws -> Detail {
        let summary = try await find(req, action: .read)
        return try await detail(summary, try await Summaries.version(summary, number: try req.pathID("number"), on: req.db), req: req)
    }

    /// What changed between two versions, block by block.
    static func compare(req: Request) async throws -> DocumentDiff {
        let summary = try await find(req, action: .read)
        let from = try await Summaries.version(summary, number: try req.queryInt("from"), on: req.db).document
        let to = try await Summaries.version(summary, number: try req.queryInt("to"), on: req.db).document
        return SummaryDocument.compare(from, to)
    }

    /// The version (default: latest) as .docx, Markdown, HTML or plain text.
    static func export(req: Request) async throws -> Response {
        let summary = try await find(req, action: .read)
        let raw = req.query[String.self, at: "format"] ?? "docx"
        guard let format = SummaryService.Format(rawValue: raw) else {
            throw AppError.badRequest("invalid_format", zh: "导出格式须为 docx、md、html 或 txt。", en: "format must be docx, md, html or txt.", field: "format")
        }
        let number = req.query[Int.self, at: "version"] ?? summary.latestVersion
        let document = try await Summaries.version(summary, number: number, on: req.db).document
        var sources: [String: String] = [:]
        if format == .html {
            sources = try await TraceResolver(db: req.db, scope: try await req.scope(), catalog: try await req.catalog())
                .descriptions(for: document.numbers.flatMap(\.trace))
        }
        let file = try SummaryService.export(document, as: format, sources: sources)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: file.contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: HTTPHeaders.attachment(title: summary.title, ext: format.rawValue))
        return Response(status: .ok, headers: headers, body: .init(data: Data(file.data)))
    }
}
