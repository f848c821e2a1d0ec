import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.6 通报 over HTTP: the ranked scores of a window over a subtree with their
/// breakdowns (`Circulars`); `?format=docx|md|html` downloads the circular document.
enum CircularController {
    struct CircularView: Content {
        var title: String; var window: String; var headers: [String]; var rows: [CircularRow]; var scores: [PublicityController.ScoreView]
        /// Some score was computed while its window was running: not a final circular.
        var provisional: Bool
    }

    static func get(req: Request) async throws -> Response {
        let root = try req.queryInt("unit")
        try await req.authorize(.read, unit: root)
        guard let code = req.query[String.self, at: "window"], !code.isEmpty else {
            throw AppError.badRequest("missing_parameter", zh: "缺少参数“window”（例：2024H1）。", en: "Missing query parameter “window”.", field: "window")
        }
        let window = try await PublicityService.window(code, store: req.processStore).code
        let (table, document) = try await Circulars.circular(root: root, window: window, in: try await req.processContext())
        let raw = req.query[String.self, at: "format"] ?? "json"
        if raw == "json" {
            let view = CircularView(title: document.title, window: window, headers: Circular.headers(rules: table.rules.publicity),
                                    rows: table.rows, scores: table.scores.map(PublicityController.ScoreView.init),
                                    provisional: table.scores.contains(where: \.provisional))
            return try await view.encodeResponse(for: req)
        }
        try table.requireFinal()
        return try Response.download(document, format: raw)
    }
}
