/// A coded text in Chinese and English: a rule-set vocabulary entry (a fund category, a
/// feedback addressee) or an explanation in a breakdown (why a report cost the base points).
/// Breakdowns are stored with the scores, so unlike `DomainError` this is Codable.
public struct Term: Codable, Hashable, Sendable, CustomStringConvertible {
    public var code: String
    public var zh: String
    public var en: String

    public init(_ code: String, zh: String, en: String) {
        self.code = code; self.zh = zh; self.en = en
    }

    public func text(_ language: Language) -> String { language == .zh ? zh : en }
    public var description: String { "\(code): \(en)" }

    /// The same explanation as a refusal, for functions that throw.
    public var error: DomainError { DomainError(code, zh: zh, en: en) }
}
