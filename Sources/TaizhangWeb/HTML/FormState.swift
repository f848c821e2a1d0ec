/// What a form shows after a failed submit: the values the user entered (so nothing
/// is lost) and one message per field that failed. Keys are the fields' `name`s.
public struct FormState: Sendable, Equatable {
    public var values: [String: String]
    public var errors: [String: String]
    /// A message about the form as a whole (e.g. "the submission changed meanwhile").
    public var formError: String?

    public init(values: [String: String] = [:], errors: [String: String] = [:], formError: String? = nil) {
        self.values = values
        self.errors = errors
        self.formError = formError
    }

    public static let empty = FormState()

    /// The entered value, else the stored default.
    public func value(_ name: String, default fallback: String = "") -> String { values[name] ?? fallback }
    public var hasErrors: Bool { !errors.isEmpty || formError != nil }
}
