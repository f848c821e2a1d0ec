import Foundation
import TaizhangDomain
import Vapor

/// Injected collaborators, so tests freeze time and capture notifications.
public struct Dependencies: Sendable {
    public var clock: Clock
    public var notifier: any Notifier
    /// Password hashing cost (bcrypt); tests lower it for speed.
    public var bcryptCost: Int

    public init(clock: Clock = .live, notifier: any Notifier = LogNotifier(), bcryptCost: Int = 10) {
        self.clock = clock; self.notifier = notifier; self.bcryptCost = bcryptCost
    }
}

extension Application {
    private struct DependenciesKey: StorageKey { typealias Value = Dependencies }
    private struct ConfigKey: StorageKey { typealias Value = AppConfig }

    public var dependencies: Dependencies {
        get { storage[DependenciesKey.self] ?? Dependencies() }
        set { storage[DependenciesKey.self] = newValue }
    }
    public var appConfig: AppConfig {
        get { storage[ConfigKey.self]! }
        set { storage[ConfigKey.self] = newValue }
    }
}

extension Request {
    var now: Date { application.dependencies.clock.now() }
}
