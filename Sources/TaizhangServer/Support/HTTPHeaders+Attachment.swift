import Vapor

extension HTTPHeaders {
    /// Content-Disposition for a download named after a Chinese title (RFC 6266): an ASCII
    /// fallback name and the title percent-encoded as UTF-8.
    static func attachment(title: String, ext: String) -> String {
        let encoded = "\(title).\(ext)".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "download.\(ext)"
        return "attachment; filename=\"download.\(ext)\"; filename*=UTF-8''\(encoded)"
    }
}
