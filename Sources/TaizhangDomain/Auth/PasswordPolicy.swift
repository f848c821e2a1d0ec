import Foundation

/// What a new password must be (NIST SP 800-63B §5.1.1.2: length over composition rules,
/// and a check against passwords known to be common): at least 10 characters, not a common
/// password (nor one with digits or punctuation added), not a run of one character, a number
/// sequence or a keyboard row, and not containing the username.
public struct PasswordPolicy: Sendable {
    public var minimumLength: Int
    public var maximumLength: Int
    public let common: Set<String>

    public init(minimumLength: Int = 10, maximumLength: Int = 128, common: Set<String>) {
        self.minimumLength = minimumLength; self.maximumLength = maximumLength; self.common = common
    }

    /// The policy with the shipped list `Resources/common-passwords.txt`.
    public static let standard = PasswordPolicy(common: loadCommon())

    static func loadCommon() -> Set<String> {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    /// Every reason `password` is refused (empty: accepted).
    public func problems(_ password: String, username: String) -> [DomainError] {
        var out: [DomainError] = []
        if password.count < minimumLength {
            out.append(Self.problem("password_too_short", zh: "密码至少\(minimumLength)位。", en: "The password must have at least \(minimumLength) characters."))
        }
        if password.count > maximumLength {
            out.append(Self.problem("password_too_long", zh: "密码不能超过\(maximumLength)位。", en: "The password must have at most \(maximumLength) characters."))
        }
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            out.append(Self.problem("password_control", zh: "密码不能包含控制字符。", en: "The password contains control characters."))
        }
        let lower = password.lowercased()
        if isCommon(lower) || isPattern(lower) {
            out.append(Self.problem("password_common", zh: "该密码过于常见或有规律，容易被猜中，请换一个。",
                                    en: "This password is too common or predictable; choose another."))
        }
        let name = username.lowercased()
        if name.count >= 3, lower.contains(name) {
            out.append(Self.problem("password_contains_username", zh: "密码不能包含用户名。", en: "The password must not contain the username."))
        }
        return out
    }

    /// On the list, or a listed word with digits or punctuation added at the end ("password2024!").
    func isCommon(_ lower: String) -> Bool {
        if common.contains(lower) { return true }
        let core = String(lower.reversed().drop { !$0.isLetter }.reversed())
        return core.count >= 4 && core != lower && common.contains(core)
    }

    /// Fewer than four different characters, or a stretch of a number, alphabet or keyboard run.
    func isPattern(_ lower: String) -> Bool {
        if Set(lower).count < 4 { return true }
        let runs = ["01234567890123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm",
                    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp"]
        return runs.contains { $0.contains(lower) || String($0.reversed()).contains(lower) }
    }

    static func problem(_ code: String, zh: String, en: String) -> DomainError { DomainError(code, zh: zh, en: en, field: "password") }
}
