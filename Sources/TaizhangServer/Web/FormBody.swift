import Vapor

/// A submitted browser form, urlencoded or multipart, read once: text fields (a name may
/// repeat) and uploaded files. Multipart is parsed part by part because a browser sends an
/// empty file input as a part with `filename=""` and no bytes, which Vapor's Codable
/// decoder refuses for the whole form; here such a part is simply "no file".
struct FormBody: Sendable {
    struct Upload: Sendable {
        var field: String
        var filename: String
        var contentType: String?
        var data: ByteBuffer
    }

    var fields: [String: [String]] = [:]
    var files: [Upload] = []

    subscript(_ name: String) -> String? { fields[name]?.last }

    /// The last value of every text field (what single-valued inputs need).
    var values: [String: String] { fields.compactMapValues(\.last) }

    static func read(_ req: Request) throws -> FormBody {
        guard let type = req.headers.contentType else { return FormBody() }
        if type.type == "multipart", type.subType == "form-data", let boundary = type.parameters["boundary"] {
            return try multipart(req.body.data ?? ByteBuffer(), boundary: boundary)
        }
        var body = FormBody()
        if let pairs = try? req.content.decode([String: String].self) {
            body.fields = pairs.mapValues { [$0] }
        }
        return body
    }

    static func multipart(_ buffer: ByteBuffer, boundary: String) throws -> FormBody {
        var body = FormBody()
        var headers: [String: String] = [:]
        var data = ByteBuffer()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { chunk in data.writeBuffer(&chunk) }
        parser.onPartComplete = {
            let disposition = Self.parameters(headers["content-disposition"] ?? "")
            if let name = disposition["name"] {
                if let filename = disposition["filename"] {
                    if !filename.isEmpty || data.readableBytes > 0 {
                        body.files.append(Upload(field: name, filename: filename, contentType: headers["content-type"], data: data))
                    }
                } else {
                    body.fields[name, default: []].append(String(buffer: data))
                }
            }
            headers = [:]
            data = ByteBuffer()
        }
        do { try parser.execute(buffer) } catch {
            throw Abort(.badRequest, reason: "表单数据不完整，请重新提交。")
        }
        return body
    }

    /// `form-data; name="evidence"; filename="照片.jpg"` → ["name": "evidence", "filename": "照片.jpg"].
    static func parameters(_ header: String) -> [String: String] {
        var out: [String: String] = [:]
        for piece in header.split(separator: ";").dropFirst() {
            let kv = piece.split(separator: "=", maxSplits: 1)
            guard kv.count == 2 else { continue }
            var value = kv[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            out[kv[0].trimmingCharacters(in: .whitespaces).lowercased()] = value
        }
        return out
    }
}
