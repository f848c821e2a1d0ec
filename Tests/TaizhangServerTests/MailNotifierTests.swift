import Foundation
@testable import TaizhangServer
import Testing
import Vapor
#if canImport(Glibc)
import Glibc
#endif

/// The e-mail channel for reminders (issue #16): the message as SMTP carries it, the
/// conversation, and one real delivery to a fake SMTP server on localhost.
@Suite struct MailNotifierTests {
    static let reminder = OutgoingReminder(key: "12/1/2024M06/approaching", kind: "approaching", unitId: 12, unitName: "东湖街道",
                                           period: "2024M06", dueDate: "2024-07-05",
                                           message: "【工作动态（月报）】2024年6月报送截止日期为2024年7月5日，请按时报送。",
                                           recipients: ["donghu.staff"], recipientEmails: ["lj@example.cn"])

    @Test func theMessageIsUTF8WithAnEncodedSubject() throws {
        // setup
        let mail = MailMessage(from: "taizhang@example.cn", to: ["lj@example.cn"], subject: MailNotifier.subject(Self.reminder),
                               body: Self.reminder.message, date: Date(timeIntervalSince1970: 1_720_000_000), messageID: "x@taizhang.local")
        // act
        let wire = mail.wire
        // assert
        #expect(mail.subject == "报送提醒：工作动态（月报）（东湖街道）")
        #expect(wire.contains("Subject: =?UTF-8?B?" + Data(mail.subject.utf8).base64EncodedString() + "?="))
        #expect(wire.contains("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"))
        let body = try #require(wire.components(separatedBy: "\r\n\r\n").last)
        #expect(String(decoding: Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: "")) ?? Data(), as: UTF8.self) == Self.reminder.message)
        #expect(!wire.contains("\n\n") && !wire.contains("\r\n.\r\n"))
    }

    @Test func theConversationAuthenticatesOnlyWhenConfigured() {
        // setup
        let mail = MailMessage(from: "a@b.cn", to: ["c@d.cn", "e@f.cn"], subject: "s", body: "b", date: Date(), messageID: "m@x")
        // act
        let plain = SMTPDialogue.steps(for: mail, heloName: "h", auth: nil)
        let auth = SMTPDialogue.steps(for: mail, heloName: "h", auth: ("u", "p"))
        // assert
        #expect(plain.compactMap(\.say).map { String($0.prefix(9)) } == ["EHLO h", "MAIL FROM", "RCPT TO:<", "RCPT TO:<", "DATA", "From: a@b", "QUIT"])
        #expect(auth[2].say == "AUTH PLAIN " + Data("\u{0}u\u{0}p".utf8).base64EncodedString() && auth[2].redacted)
        #expect(SMTPDialogue.code(ofReply: ["250-smtp.example", "250 OK"]) == 250)
        #expect(SMTPDialogue.code(ofReply: ["250-smtp.example"]) == nil)
    }

    @Test func addressesThatCouldInjectHeadersAreRefused() {
        #expect(MailMessage.isAddress("lj@example.cn"))
        #expect(!MailMessage.isAddress("lj@example.cn\r\nBcc: x@y.cn") && !MailMessage.isAddress("<a@b.cn>") && !MailMessage.isAddress("ab.cn"))
    }

    @Test func aReminderIsDeliveredToAFakeServer() async throws {
        // setup: a one-shot SMTP server on a free port of localhost
        let server = try FakeSMTPServer()
        let app = try await Application.make(.testing)
        defer { Task { try? await app.asyncShutdown() } }
        let notifier = MailNotifier(settings: .init(host: "127.0.0.1", port: server.port, from: "taizhang@example.cn"), threadPool: app.threadPool)
        // act
        try await notifier.send(Self.reminder)
        let said = server.finish()
        // assert
        #expect(said.contains("MAIL FROM:<taizhang@example.cn>"))
        #expect(said.contains("RCPT TO:<lj@example.cn>"))
        #expect(said.contains { $0.hasPrefix("Subject: =?UTF-8?B?") })
        #expect(said.last == "QUIT")
    }
}

/// Accepts one connection, answers like an SMTP server and records what the client said.
final class FakeSMTPServer: @unchecked Sendable {
    let port: Int
    private let listener: Int32
    private var lines: [String] = []
    private let done = DispatchSemaphore(value: 0)

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        listen(fd, 1)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        listener = fd
        port = Int(UInt16(bigEndian: addr.sin_port))
        Thread { self.serve() }.start()
    }

    private func serve() {
        let fd = accept(listener, nil, nil)
        defer { close(fd); close(listener); done.signal() }
        func say(_ s: String) { _ = s.utf8CString.withUnsafeBufferPointer { send(fd, $0.baseAddress, $0.count - 1, 0) } }
        say("220 fake ready\r\n")
        var buffer = [UInt8](), inData = false
        while true {
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = recv(fd, &chunk, chunk.count, 0)
            if n <= 0 { return }
            buffer += chunk[..<n]
            while let nl = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[..<nl], as: UTF8.self).trimmingCharacters(in: .init(charactersIn: "\r"))
                buffer.removeSubrange(...nl)
                lines.append(line)
                if inData {
                    if line == "." { inData = false; say("250 queued\r\n") }
                } else if line.hasPrefix("EHLO") { say("250-fake\r\n250 OK\r\n")
                } else if line == "DATA" { inData = true; say("354 go on\r\n")
                } else if line == "QUIT" { say("221 bye\r\n"); return
                } else { say("250 OK\r\n") }
            }
        }
    }

    func finish() -> [String] {
        done.wait()
        return lines
    }
}
