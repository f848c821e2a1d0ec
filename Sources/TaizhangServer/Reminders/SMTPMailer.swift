import Foundation
import Vapor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// E-mails each reminder to the recipients that have an address (users.email), through an
/// SMTP server set by the environment (TAIZHANG_SMTP_HOST, _PORT, _FROM, _USER, _PASSWORD).
/// Plain SMTP only: point it at the office's relay or a local MTA (postfix on localhost) that
/// does TLS outward — the package has no TLS client of its own. Blocking sockets on the
/// thread pool, with timeouts; a failure is logged by the reminder service and the in-app
/// reminder stands.
struct MailNotifier: Notifier {
    struct Settings: Sendable, Equatable {
        var host: String
        var port: Int = 25
        var from: String
        var user: String?
        var password: String?
        var heloName = "taizhang.local"
        var timeout: TimeInterval = 15

        /// From the environment; nil unless a host and a valid sender are set.
        static func from(_ env: [String: String]) -> Settings? {
            guard let host = env["TAIZHANG_SMTP_HOST"], !host.isEmpty, let from = env["TAIZHANG_SMTP_FROM"], MailMessage.isAddress(from) else {
                return nil
            }
            var s = Settings(host: host, from: from)
            if let p = env["TAIZHANG_SMTP_PORT"].flatMap(Int.init), (1...65535).contains(p) { s.port = p }
            s.user = env["TAIZHANG_SMTP_USER"].flatMap { $0.isEmpty ? nil : $0 }
            s.password = env["TAIZHANG_SMTP_PASSWORD"]
            return s
        }
    }

    let settings: Settings
    let threadPool: NIOThreadPool

    func send(_ m: OutgoingReminder) async throws {
        let to = m.recipientEmails.filter(MailMessage.isAddress)
        guard !to.isEmpty else { return }
        let mail = MailMessage(from: settings.from, to: to, subject: Self.subject(m), body: m.message + "\n\n" + Self.footer,
                               date: Date(), messageID: "\(m.key.replacingOccurrences(of: "/", with: "."))@\(settings.heloName)")
        let steps = SMTPDialogue.steps(for: mail, heloName: settings.heloName,
                                       auth: settings.user.map { ($0, settings.password ?? "") })
        let s = settings
        try await threadPool.runIfActive { try SMTPConnection.run(steps, host: s.host, port: s.port, timeout: s.timeout) }
    }

    /// "报送提醒：工作动态（月报）东湖街道" — the plan and unit are in the stored message's lead.
    static func subject(_ m: OutgoingReminder) -> String {
        let plan = m.message.hasPrefix("【") ? String(m.message.dropFirst().prefix { $0 != "】" }) : ""
        return "报送提醒：" + plan + (m.unitName.isEmpty ? "" : "（\(m.unitName)）")
    }

    static let footer = "此邮件由台账系统自动发送，请登录系统办理。"
}

/// One SMTP conversation over a blocking socket.
enum SMTPConnection {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ steps: [SMTPDialogue.Step], host: String, port: Int, timeout: TimeInterval) throws {
        let fd = try connect(host: host, port: port, timeout: timeout)
        defer { close(fd) }
        var buffer = [UInt8]()
        for step in steps {
            if let say = step.say { try write(fd, say + "\r\n") }
            let code = try readReply(fd, &buffer)
            guard step.expect.contains(code) else {
                throw Failure(description: "SMTP \(step.redacted ? "AUTH" : String((step.say ?? "greeting").prefix(40))) answered \(code)")
            }
        }
    }

    static func connect(host: String, port: Int, timeout: TimeInterval) throws -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw Failure(description: "SMTP host \(host) not found")
        }
        defer { freeaddrinfo(list) }
        var node: UnsafeMutablePointer<addrinfo>? = first
        while let ai = node {
            let fd = socket(ai.pointee.ai_family, ai.pointee.ai_socktype, ai.pointee.ai_protocol)
            if fd >= 0 {
                var tv = timeval(tv_sec: Int(timeout), tv_usec: 0)
                setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
                setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
                if Glibc_connect(fd, ai.pointee.ai_addr, ai.pointee.ai_addrlen) == 0 { return fd }
                close(fd)
            }
            node = ai.pointee.ai_next
        }
        throw Failure(description: "SMTP \(host):\(port) refused the connection")
    }

    static func write(_ fd: Int32, _ text: String) throws {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw Failure(description: "SMTP connection closed while sending") }
            bytes = bytes.dropFirst(n)
        }
    }

    /// Reads one complete reply ("250-…" lines, then "250 …"); its code.
    static func readReply(_ fd: Int32, _ buffer: inout [UInt8]) throws -> Int {
        var lines: [String] = []
        while true {
            while let nl = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[..<nl], as: UTF8.self).trimmingCharacters(in: .init(charactersIn: "\r"))
                buffer.removeSubrange(...nl)
                lines.append(line)
                if let code = SMTPDialogue.code(ofReply: lines) { return code }
            }
            var chunk = [UInt8](repeating: 0, count: 1024)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw Failure(description: "SMTP server closed the connection or timed out") }
            buffer += chunk[..<n]
        }
    }
}

#if canImport(Glibc)
private func Glibc_connect(_ fd: Int32, _ addr: UnsafeMutablePointer<sockaddr>!, _ len: socklen_t) -> Int32 { Glibc.connect(fd, addr, len) }
#else
private func Glibc_connect(_ fd: Int32, _ addr: UnsafeMutablePointer<sockaddr>!, _ len: socklen_t) -> Int32 { Darwin.connect(fd, addr, len) }
#endif
