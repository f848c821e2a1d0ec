import Vapor

/// A posted browser form: its text fields, repeated fields (checkbox lists) and uploaded
/// files, from a urlencoded or a multipart body.
///
/// Read by hand rather than through `req.content.decode([String: String].self)`: that
/// decoder fails the whole form on a repeated field (`ids`) or a file part, and a form
/// that fails to decode would lose everything the user typed.
struct WebForm: Sendable {
    struct Upload: Sendable {
        var field: String
        var filename: String
        var data: ByteBuffer
    }

    /// The last value of each field.
    var values: [String: String] = [:]
    /// Every value of each field in order (`ids=1&ids=2`); `name[]` is read as `name`.
    var lists: [String: [String]] = [:]
    var files: [Upload] = []

    struct Key: StorageKey { typealias Value = WebForm }

    /// Parsed once per request: the CSRF check reads `_csrf` from it before the handler
    /// reads the rest (a multipart upload of several megabytes is not parsed twice).
    static func read(_ req: Request) throws -> WebForm {
        if let parsed = req.storage[Key.self] { return parsed }
        guard let body = req.body.data else { return WebForm() }
        let form: WebForm
        if let type = req.headers.contentType, type.type == "multipart", let boundary = type.parameters["boundary"] {
            form = try multipart(body, boundary: boundary)
        } else {
            form = urlencoded(String(buffer: body))
        }
        req.storage[Key.self] = form
        return form
    }

    /// Browsers send a textarea's line breaks as CRLF (HTML form submission); in Swift "\r\n"
    /// is one Character, so text split on "\n" would be one long line. Stored as "\n".
    mutating func add(_ name: String, _ rawValue: String) {
        let key = name.hasSuffix("[]") ? String(name.dropLast(2)) : name
        let value = rawValue.replacingOccurrences(of: "\r\n", with: "\n")
        values[key] = value
        lists[key, default: []].append(value)
    }

    static func urlencoded(_ text: String) -> WebForm {
        var form = WebForm()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            form.add(decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
        return form
    }

    static func multipart(_ body: ByteBuffer, boundary: String) throws -> WebForm {
        var form = WebForm()
        let parser = MultipartParser(boundary: boundary)
        var name: String?, filename: String?, data = ByteBuffer()
        parser.onHeader = { header, value in
            guard header.lowercased() == "content-disposition" else { return }
            let params = dispositionParameters(value)
            name = params["name"]
            filename = params["filename"]
        }
        parser.onBody = { chunk in data.writeBuffer(&chunk) }
        parser.onPartComplete = {
            form.complete(name: name, filename: filename, data: data)
            name = nil; filename = nil; data = ByteBuffer()
        }
        do { try parser.execute(body) } catch {
            throw AppError.badRequest("bad_form", zh: "表单内容无法读取，请重新提交。", en: "The form could not be read; please submit it again.")
        }
        return form
    }

    /// One finished part: a file (a file input left empty still sends a part with no name and
    /// no bytes, which is skipped) or a text field.
    mutating func complete(name: String?, filename: String?, data: ByteBuffer) {
        guard let name else { return }
        if let filename {
            if !filename.isEmpty || data.readableBytes > 0 {
                files.append(Upload(field: name.hasSuffix("[]") ? String(name.dropLast(2)) : name, filename: filename, data: data))
            }
        } else {
            add(name, String(buffer: data))
        }
    }

    /// `form-data; name="evidence"; filename="照片.jpg"` → ["name": "evidence", "filename": "照片.jpg"].
    static func dispositionParameters(_ value: String) -> [String: String] {
        var out: [String: String] = [:]
        for part in value.split(separator: ";").dropFirst() {
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2 else { continue }
            var v = kv[1]
            if v.hasPrefix("\""), v.hasSuffix("\""), v.count >= 2 { v = String(v.dropFirst().dropLast()) }
            out[kv[0].lowercased()] = v.replacingOccurrences(of: "\\\"", with: "\"")
        }
        return out
    }
}
