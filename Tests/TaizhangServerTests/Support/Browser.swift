import Foundation
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// A browser for page tests: keeps cookies, reads the CSRF field from the last page and
/// posts forms like a user would.
final class Browser {
    let app: Application
    var cookies: [String: String] = [:]
    var lastPage = ""
    /// In memory by default; `.running` sends real HTTP, where a large body arrives streamed.
    var method: Application.Method = .inMemory

    init(_ app: Application) { self.app = app }

    /// Signs in through the login form.
    static func login(_ app: Application, _ username: String, password: String = TestWorld.password) async throws -> Browser {
        let b = Browser(app)
        _ = try await b.get("/login")
        let res = try await b.post("/login", ["username": username, "password": password])
        #expect(res.status == .seeOther, "login \(username): \(res.status) \(res.body.string.prefix(300))")
        return b
    }

    func get(_ path: String) async throws -> TestingHTTPResponse {
        let res = try await app.testing(method: method).sendRequest(.GET, path, headers: headers())
        keep(res)
        return res
    }

    /// Posts a urlencoded form with the CSRF token of the last page (unless `csrf` is given).
    func post(_ path: String, _ fields: [String: String], csrf: String? = nil) async throws -> TestingHTTPResponse {
        var all = fields
        all["_csrf"] = csrf ?? csrfField
        // Like a browser, send the form's hidden record version along (edit forms carry one).
        if all["version"] == nil, let v = hiddenField("version") { all["version"] = v }
        let body = all.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        var h = headers()
        h.contentType = .urlEncodedForm
        let res = try await app.testing(method: method).sendRequest(.POST, path, headers: h, body: ByteBuffer(string: body))
        keep(res)
        return res
    }

    /// Posts a multipart form (text fields and files) as a browser does for `enctype="multipart/form-data"`.
    func postMultipart(_ path: String, _ fields: [String: String], files: [(field: String, filename: String, data: [UInt8])] = [],
                       csrf: String? = nil) async throws -> TestingHTTPResponse {
        let boundary = "----TaizhangTest\(UUID().uuidString)"
        var all = fields
        all["_csrf"] = csrf ?? csrfField
        // Like a browser, send the form's hidden record version along (edit forms carry one).
        if all["version"] == nil, let v = hiddenField("version") { all["version"] = v }
        var body = ByteBuffer()
        for (name, value) in all {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for f in files {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(f.field)\"; filename=\"\(f.filename)\"\r\n")
            body.writeString("Content-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(f.data)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var h = headers()
        h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        // As the page's upload form does: the token rides in the action URL too, so the server
        // checks it before reading the body.
        let token = Self.encode(csrf ?? csrfField)
        let url = path + (path.contains("?") ? "&" : "?") + "_csrf=" + token
        let res = try await app.testing(method: method).sendRequest(.POST, url, headers: h, body: body)
        keep(res)
        return res
    }

    /// A hidden field of the last page, if it has one.
    func hiddenField(_ name: String) -> String? {
        guard let r = lastPage.range(of: #"type="hidden" name="\#(name)" value=""#) else { return nil }
        return String(lastPage[r.upperBound...].prefix { $0 != "\"" })
    }

    /// The `_csrf` hidden field of the last page.
    var csrfField: String {
        guard let r = lastPage.range(of: #"name="_csrf" value=""#) else { return "" }
        return String(lastPage[r.upperBound...].prefix { $0 != "\"" })
    }

    private func headers() -> HTTPHeaders {
        var h = HTTPHeaders()
        if !cookies.isEmpty { h.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        return h
    }

    private func keep(_ res: TestingHTTPResponse) {
        for header in res.headers[.setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty || header.contains("1970") || header.contains("Max-Age=0") { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
        }
        if res.headers.contentType == .html { lastPage = res.body.string }
    }

    static func encode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s
    }
}
