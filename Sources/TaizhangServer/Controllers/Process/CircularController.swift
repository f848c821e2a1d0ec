import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.6 通报: the stored scores of a window over a subtree, ranked, with breakdowns;
/// `?format=docx|md|html` downloads the circular document.
enum CircularController {
    struct CircularView: Content {
        var title: String; var window: String; var headers: [String]; var rows: [CircularRow]; var scores: [PublicityController.ScoreView]
        /// Some score was computed while its window was running: not a final circular.
        var provisional: Bool
    }

    static func get(req: Request) async throws -> Response {
        let root = try req.queryInt("unit")
        let scope = try await req.authorize(.read, unit: root)
        guard let code = req.query[String.self, at: "window"], !code.isEmpty else {
            throw AppError.badRequest("missing_parameter", zh: "缺少参数“window”（例：2024H1）。", en: "Missing query parameter “window”.", field: "window")
        }
        let window = try await PublicityService.window(code, store: req.processStore).code
        let (table, document) = try await circular(req, root: root, window: window, scope: scope)
        let raw = req.query[String.self, at: "format"] ?? "json"
        if raw == "json" {
            let view = CircularView(title: document.title, window: window, headers: Circular.headers(rules: table.rules.publicity),
                                    rows: table.rows, scores: table.scores.map(PublicityController.ScoreView.init),
                                    provisional: table.scores.contains(where: \.provisional))
            return try await view.encodeResponse(for: req)
        }
        try table.requireFinal()
        return try download(document, format: raw)
    }

    /// The ranked table of `window` over the readable subtree of `root` (read access to
    /// `root` already checked), and the circular document signed by `root`.
    static func circular(_ req: Request, root: Int, window: String, scope: AccessScope) async throws -> (Circular.Table, SummaryDocument) {
        let table = try await PublicityService.circular(units: AggregateController.readableUnits(scope, root: root, subtree: true),
                                                        window: window, tree: scope.tree, store: req.processStore)
        return (table, CircularDocument.make(table, signature: scope.tree[root]?.name ?? "", date: req.today))
    }

    /// The document as a download (docx, md or html).
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
