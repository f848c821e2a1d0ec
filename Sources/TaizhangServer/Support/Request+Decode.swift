import TaizhangDomain
import TaizhangText
import Vapor

extension Request {
    /// Decodes a JSON body; a malformed body becomes a 400 with a clear message.
    func decodeJSON<T: Decodable>(_ type: T.Type) throws -> T {
        guard let body = body.data, body.readableBytes > 0 else {
            throw AppError.badRequest("empty_body", zh: "请求内容为空。", en: "The request body is empty.")
        }
        do {
            return try JSONDecoder.api.decode(T.self, from: try jsonData(body))
        } catch let e as DecodingError {
            throw AppErrorMiddleware.appError(e)
        }
    }

    /// The body as UTF-8: JSON is UTF-8 (RFC 8259 §8.1), but offices' tools still send GB18030
    /// (GBK, GB2312) and say so in the charset; that is decoded, any other charset answers 415.
    func jsonData(_ body: ByteBuffer) throws -> Data {
        guard let charset = headers.jsonBody.charset, !["utf-8", "utf8"].contains(charset) else {
            return Data(buffer: body)
        }
        guard ["gb18030", "gbk", "gb2312"].contains(charset),
              let text = try? TaizhangText.TextDecoder.decode(Array(buffer: body)).text else {
            throw AppError(.unsupportedMediaType, "unsupported_charset",
                           zh: "不支持字符集“\(charset)”，请以UTF-8（或GB18030）发送JSON。",
                           en: "Unsupported charset “\(charset)”: send JSON as UTF-8 (or GB18030).")
        }
        return Data(text.utf8)
    }

    /// A required integer query parameter: absent and malformed are told apart (`unit=abc`
    /// is not a missing parameter).
    func queryInt(_ name: String) throws -> Int {
        guard let raw = query[String.self, at: name], !raw.isEmpty else {
            throw AppError.badRequest("missing_parameter", zh: "缺少参数“\(name)”。", en: "Missing query parameter “\(name)”.", field: name)
        }
        guard let v = Int(raw.trimmingCharacters(in: .whitespaces)) else {
            throw AppError.badRequest("invalid_parameter", zh: "参数“\(name)”须为整数编号，收到“\(raw.prefix(40))”。",
                                      en: "Query parameter “\(name)” must be a whole number, got “\(raw.prefix(40))”.", field: name)
        }
        return v
    }

    /// A required period code parameter (2024M06, 2024Q2, 2024H1, 2024).
    func queryPeriod(_ name: String = "period") throws -> Period {
        guard let raw = query[String.self, at: name] else {
            throw AppError.badRequest("missing_parameter", zh: "缺少参数“\(name)”。", en: "Missing query parameter “\(name)”.", field: name)
        }
        return try Period.parse(raw)
    }

    /// An optional boolean query parameter (true/1/false/0). Vapor's own Bool decoding
    /// reads an absent parameter as false, which is not the same as "not given".
    func queryBool(_ name: String) -> Bool? {
        guard let raw = query[String.self, at: name]?.lowercased() else { return nil }
        return ["true", "1", "yes"].contains(raw)
    }

    /// A query parameter with blanks trimmed; nil when absent or empty (an emptied filter).
    func queryText(_ name: String) -> String? {
        guard let v = query[String.self, at: name]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
        return v
    }

    func pathID(_ name: String = "id") throws -> Int {
        guard let v = parameters.get(name, as: Int.self) else {
            throw AppError.badRequest("invalid_id", zh: "编号无效。", en: "Invalid id.", field: name)
        }
        return v
    }
}

extension Period {
    static func parse(_ raw: String) throws -> Period {
        guard let p = Period(code: raw) else {
            throw AppError.badRequest("invalid_period", zh: "期间代码“\(raw)”无效（例：2024M06、2024Q2、2024H1、2024）。",
                                      en: "Invalid period code “\(raw)” (e.g. 2024M06, 2024Q2, 2024H1, 2024).", field: "period")
        }
        return p
    }
}
