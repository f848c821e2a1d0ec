import Foundation

/// Slows down password guessing (OWASP Authentication Cheat Sheet, "account lockout";
/// NIST SP 800-63B §5.2.2 rate limiting): after `delayAfter` failures in a row each further
/// attempt must wait longer (1 s, 2 s, 4 s … up to `maxDelay`); after `lockAfter` failures the
/// key (a username or a client address) is locked for `lockDuration`. Failures older than
/// `window` are forgotten; a successful login clears them.
public struct LoginThrottle: Sendable {
    public var delayAfter: Int
    public var lockAfter: Int
    public var baseDelay: TimeInterval
    public var maxDelay: TimeInterval
    public var lockDuration: TimeInterval
    public var window: TimeInterval

    public init(delayAfter: Int = 5, lockAfter: Int = 10, baseDelay: TimeInterval = 1, maxDelay: TimeInterval = 60,
                lockDuration: TimeInterval = 15 * 60, window: TimeInterval = 15 * 60) {
        self.delayAfter = delayAfter; self.lockAfter = lockAfter; self.baseDelay = baseDelay
        self.maxDelay = maxDelay; self.lockDuration = lockDuration; self.window = window
    }

    /// What is known about one key.
    public struct State: Sendable, Equatable {
        public var failures: Int
        public var lastFailure: Date?
        public init(failures: Int = 0, lastFailure: Date? = nil) { self.failures = failures; self.lastFailure = lastFailure }
    }

    public enum Verdict: Sendable, Equatable {
        case allowed
        /// Refused without checking the password until `until`; `locked` after `lockAfter` failures.
        case wait(until: Date, locked: Bool)
    }

    /// The failures that still count at `now` (forgotten after `window`, or once a lock ran out).
    public func current(_ s: State, now: Date) -> State {
        guard let last = s.lastFailure else { return State() }
        let forget = s.failures >= lockAfter ? lockDuration : window
        return now.timeIntervalSince(last) >= forget ? State() : s
    }

    public func verdict(_ state: State, now: Date) -> Verdict {
        let s = current(state, now: now)
        guard let last = s.lastFailure, s.failures >= delayAfter else { return .allowed }
        if s.failures >= lockAfter { return .wait(until: last.addingTimeInterval(lockDuration), locked: true) }
        let delay = min(maxDelay, baseDelay * pow(2, Double(s.failures - delayAfter)))
        let until = last.addingTimeInterval(delay)
        return now < until ? .wait(until: until, locked: false) : .allowed
    }

    public func afterFailure(_ state: State, now: Date) -> State {
        State(failures: current(state, now: now).failures + 1, lastFailure: now)
    }
}
