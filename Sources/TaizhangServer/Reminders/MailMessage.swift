import Foundation

/// An e-mailed reminder as SMTP carries it (RFC 5322 text, UTF-8, base64 body) and the SMTP
/// conversation that delivers it (RFC 5321), as pure values: `SMTPMailer` only moves the
/// lines over a socket, so what is said and what counts as an answer is tested here.
struct MailMessage: Sendable, Equatable {
    var from: String
    var to: [String]
    var subject: String
    var body: String
    var date: Date
    var messageID: String

    /// The message text (headers, blank line, body), lines ending CRLF, dot-stuffed for DATA.
    var wire: String {
        let headers = [
            "From: " + from, "To: " + to.joined(separator: ", "), "Subject: " + Self.encodedWord(subject),
            "Date: " + Self.rfc5322(date), "Message-ID: <" + messageID + ">", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64",
        ]
        let encoded = Data(body.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        // Base64 lines never start with "."; the headers are ours. Stuffing kept for any future body.
        let lines = (headers + [""] + encoded.components(separatedBy: "\r\n")).map { $0.hasPrefix(".") ? "." + $0 : $0 }
        return lines.joined(separator: "\r\n")
    }

    /// "=?UTF-8?B?…?=" for a header that may hold Chinese.
    static func encodedWord(_ s: String) -> String {
        s.allSatisfy { $0.isASCII } ? s : "=?UTF-8?B?" + Data(s.utf8).base64EncodedString() + "?="
    }

    static func rfc5322(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Asia/Shanghai")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return f.string(from: date)
    }

    /// A plain address without angle brackets, spaces or line breaks (no header injection).
    static func isAddress(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && s.count <= 254
            && !s.contains(where: { $0.isWhitespace || $0.isNewline || "<>,;\"".contains($0) })
    }
}

/// The steps of one SMTP delivery: what the client says and the reply codes that let it go on.
enum SMTPDialogue {
    struct Step: Sendable, Equatable {
        /// nil: only wait for the server (its greeting).
        var say: String?
        var expect: Set<Int>
        /// Shown in logs instead of `say` (credentials).
        var redacted: Bool = false
    }

    static func steps(for m: MailMessage, heloName: String, auth: (user: String, password: String)?) -> [Step] {
        var out = [Step(say: nil, expect: [220]), Step(say: "EHLO " + heloName, expect: [250])]
        if let auth {
            let token = Data(("\u{0}" + auth.user + "\u{0}" + auth.password).utf8).base64EncodedString()
            out.append(Step(say: "AUTH PLAIN " + token, expect: [235], redacted: true))
        }
        out.append(Step(say: "MAIL FROM:<\(m.from)>", expect: [250]))
        for r in m.to { out.append(Step(say: "RCPT TO:<\(r)>", expect: [250, 251])) }
        out.append(Step(say: "DATA", expect: [354]))
        out.append(Step(say: m.wire + "\r\n.", expect: [250]))
        out.append(Step(say: "QUIT", expect: [221]))
        return out
    }

    /// The code of a complete reply (its last line is "NNN text"; "NNN-text" lines continue), or nil while incomplete.
    static func code(ofReply lines: [String]) -> Int? {
        guard let last = lines.last, last.count >= 3, let code = Int(last.prefix(3)) else { return nil }
        return last.count == 3 || last.dropFirst(3).first == " " ? code : nil
    }
}
