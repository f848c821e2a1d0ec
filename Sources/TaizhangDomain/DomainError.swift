/// A rule violation in user input, with a message in Chinese and English.
public struct DomainError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Machine-readable code, e.g. `unknown_indicator`.
    public var code: String
    public var zh: String
    public var en: String
    /// The input field at fault, when there is one (e.g. `values[2].value`).
    public var field: String?

    public init(_ code: String, zh: String, en: String, field: String? = nil) {
        self.code = code; self.zh = zh; self.en = en; self.field = field
    }

    public func message(_ language: Language) -> String { language == .zh ? zh : en }
    public var description: String { "\(code): \(en)" }
}
