import Foundation

// TaizhangWeb: the web app's views as pure functions of plain models (SwiftPackageIndex-Server
// style). Each page is an enum `XPage` with a `Model` the server fills and a `render` returning
// the HTML; no Vapor, no database. User text enters a page only as escaped text or escaped
// attribute values (`Node`), and every POST form is built by `postForm`, which adds the CSRF field.

/// The app's one stylesheet and one script, served by the server at /static/app.css and
/// /static/app.js. They ship as resources so they are edited as CSS and JS, not as Swift strings.
public enum WebAssets {
    public static let css: String = load("app", "css")
    public static let js: String = load("app", "js")

    /// (path, content type, body) for the server's static routes.
    public static var files: [(path: String, contentType: String, body: String)] {
        [("/static/app.css", "text/css; charset=utf-8", css), ("/static/app.js", "text/javascript; charset=utf-8", js)]
    }

    private static func load(_ name: String, _ ext: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("TaizhangWeb resource \(name).\(ext) missing from the bundle")
        }
        return text
    }
}
