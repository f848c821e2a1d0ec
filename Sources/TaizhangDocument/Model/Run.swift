/// A piece of a paragraph: plain text or a traced number.
public enum Run: Sendable, Equatable {
    case text(String)
    case number(TracedNumber)

    public var text: String {
        switch self {
        case .text(let s): s
        case .number(let n): n.text
        }
    }
}

extension Run: Codable {
    private enum CodingKeys: String, CodingKey { case type, text, number }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .type) {
        case "text": self = .text(try c.decode(String.self, forKey: .text))
        case "number": self = .number(try c.decode(TracedNumber.self, forKey: .number))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: c, debugDescription: "unknown run type \(other)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let s):
            try c.encode("text", forKey: .type)
            try c.encode(s, forKey: .text)
        case .number(let n):
            try c.encode("number", forKey: .type)
            try c.encode(n, forKey: .number)
        }
    }
}

extension Array where Element == Run {
    /// The runs' text, concatenated.
    public var plainText: String { map(\.text).joined() }

    /// Every traced number among the runs.
    public var numbers: [TracedNumber] {
        compactMap { if case .number(let n) = $0 { n } else { nil } }
    }
}
