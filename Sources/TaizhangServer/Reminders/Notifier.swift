import Foundation
import Logging
import Vapor

/// Where reminders go besides the in-app list. Pluggable: log (default), webhook, e-mail (SMTP).
public protocol Notifier: Sendable {
    func send(_ message: OutgoingReminder) async throws
}

public struct OutgoingReminder: Codable, Sendable, Hashable {
    public var key: String
    public var kind: String
    public var unitId: Int
    public var unitName: String
    public var period: String
    public var dueDate: String
    public var message: String
    public var recipients: [String]
    /// The recipients' e-mail addresses, where they have one (the mail channel's list).
    public var recipientEmails: [String] = []
}

public struct LogNotifier: Notifier {
    let logger = Logger(label: "taizhang.reminders")
    public init() {}
    public func send(_ m: OutgoingReminder) async throws {
        logger.info("reminder \(m.key) → \(m.recipients.joined(separator: ",")): \(m.message)",
                    metadata: ["key": .string(m.key), "unit": .stringConvertible(m.unitId)])
    }
}

/// POSTs each reminder as JSON to a configured URL (e.g. an office messaging gateway).
public struct WebhookNotifier: Notifier {
    let url: String
    let client: any Client
    public init(url: String, client: any Client) { self.url = url; self.client = client }

    public func send(_ m: OutgoingReminder) async throws {
        let response = try await client.post(URI(string: url)) { req in try req.content.encode(m, as: .json) }
        guard (200..<300).contains(response.status.code) else {
            throw Abort(.badGateway, reason: "webhook answered \(response.status.code)")
        }
    }
}

/// Sends to several notifiers (log and webhook).
public struct FanOutNotifier: Notifier {
    let notifiers: [any Notifier]
    public init(_ notifiers: [any Notifier]) { self.notifiers = notifiers }
    public func send(_ m: OutgoingReminder) async throws {
        for n in notifiers { try await n.send(m) }
    }
}
