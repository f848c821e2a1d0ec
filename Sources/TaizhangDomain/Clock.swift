import Foundation

/// Injected time so tests freeze it (pointfree style).
public struct Clock: Sendable {
    public var now: @Sendable () -> Date
    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    public static let live = Clock { Date() }
    public static func fixed(_ date: Date) -> Clock { Clock { date } }
}
