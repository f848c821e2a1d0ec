import TaizhangDomain
import Vapor

extension Request {
    /// `?lang=en`, then a `tz_lang` cookie, then Accept-Language; Chinese by default.
    var language: Language {
        if let q = query[String.self, at: "lang"], let l = Language(rawValue: q) { return l }
        if let c = cookies["tz_lang"]?.string, let l = Language(rawValue: c) { return l }
        if let accept = headers.first(name: .acceptLanguage)?.lowercased(), accept.hasPrefix("en") { return .en }
        return .zh
    }
}

extension JSONEncoder {
    /// API responses use snake_case keys (`SnakeCaseKeys`: a plural acronym stays whole) and ISO-8601 dates.
    static let api: JSONEncoder = {
        let e = JSONEncoder()
        e.keyEncodingStrategy = SnakeCaseKeys.strategy
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.sortedKeys]
        return e
    }()
}

extension JSONDecoder {
    static let api: JSONDecoder = {
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        d.dateDecodingStrategy = .iso8601
        return d
    }()
}
