// Blocks are stored as JSON by the server: a flat object with a "type"
// discriminator reads better in the database than Swift's synthesized
// `{"heading":{"_0":…}}` shape.
extension Block: Codable {
    private enum CodingKeys: String, CodingKey { case type }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .type) {
        case "heading": self = .heading(try Heading(from: decoder))
        case "paragraph": self = .paragraph(try Paragraph(from: decoder))
        case "table": self = .table(try Table(from: decoder))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: c, debugDescription: "unknown block type \(other)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .heading(let h):
            try c.encode("heading", forKey: .type)
            try h.encode(to: encoder)
        case .paragraph(let p):
            try c.encode("paragraph", forKey: .type)
            try p.encode(to: encoder)
        case .table(let t):
            try c.encode("table", forKey: .type)
            try t.encode(to: encoder)
        }
    }
}
