import Foundation

/// The API's snake_case keys. Foundation's `.convertToSnakeCase` splits a plural acronym
/// (`attendingUnitIDs` → `attending_unit_i_ds`) while inputs decode `attending_unit_ids`;
/// this converter writes the same keys as Foundation except that an acronym's plural "s"
/// stays with it (`unitIDs` → `unit_ids`, `unitID` → `unit_id`), so inputs and outputs
/// spell a field alike.
enum SnakeCaseKeys {
    static func convert(_ key: String) -> String {
        let chars = Array(key)
        var out = ""
        out.reserveCapacity(key.count + 4)
        for (i, c) in chars.enumerated() {
            if i > 0, c.isUppercase {
                let prev = chars[i - 1], next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
                let pluralAcronym = prev.isUppercase && next == "s" && (i + 2 == chars.count || chars[i + 2].isUppercase)
                if !prev.isUppercase || (next?.isLowercase == true && !pluralAcronym) { out.append("_") }
            }
            out.append(contentsOf: c.lowercased())
        }
        return out
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
    }

    static let strategy: JSONEncoder.KeyEncodingStrategy = .custom { path in
        let last = path.last!
        if last.intValue != nil { return last }
        return Key(stringValue: convert(last.stringValue))
    }
}
