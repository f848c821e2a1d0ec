import TaizhangDomain
import Vapor

/// Reads the common shape of a ledger entry's JSON body directly from its bytes: the keys in
/// snake_case, strings without escapes, plain numbers. `JSONDecoder` with its snake_case key
/// conversion was the largest single cost of a POST after the HTTP parser (issue #18).
/// Anything else — an escape, an unknown or repeated key, a type the decoder would refuse,
/// provenance — gives nil, and the caller decodes with `JSONDecoder.api` as before (so every
/// error message stays the decoder's). `EntryInputReaderTests` compares the two.
enum EntryInputReader {
    static func read<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Ledger.EntryInput? where Bytes.Index == Int {
        var r = JSONScanner(bytes: bytes, at: bytes.startIndex)
        var unit: Int?, category: EntryCategory?, title: String?, date: CivilDate?
        var input = Ledger.EntryInput(unitId: 0, category: .other, title: "", date: CivilDate(2000, 1, 1))
        var seen = Set<String>()
        guard r.open(UInt8(ascii: "{")) else { return nil }
        if !r.close(UInt8(ascii: "}")) {
            repeat {
                guard let key = r.string(), seen.insert(key).inserted, r.colon() else { return nil }
                switch key {
                case "unit_id": guard let v = r.int() else { return nil }; unit = v
                case "category": guard let v = r.string().flatMap(EntryCategory.init(rawValue:)) else { return nil }; category = v
                case "title": guard let v = r.string() else { return nil }; title = v
                case "date": guard let v = r.string().flatMap(CivilDate.init(iso:)) else { return nil }; date = v
                case "narrative": guard let v = r.optional({ $0.string() }) else { return nil }; input.narrative = v
                case "place": guard let v = r.optional({ $0.string() }) else { return nil }; input.place = v
                case "confirmer": guard let v = r.optional({ $0.string() }) else { return nil }; input.confirmer = v
                case "end_date":
                    guard let v = r.optional({ $0.string().flatMap(CivilDate.init(iso:)) }) else { return nil }; input.endDate = v
                case "source":
                    guard let v = r.optional({ $0.string().flatMap(EntrySource.init(rawValue:)) }) else { return nil }; input.source = v
                case "planned": guard let v = r.optional({ $0.bool() }) else { return nil }; input.planned = v
                case "confirmation_required": guard let v = r.optional({ $0.bool() }) else { return nil }; input.confirmationRequired = v
                case "version": guard let v = r.optional({ $0.int() }) else { return nil }; input.version = v
                case "values": guard let v = r.optional({ $0.values() }) else { return nil }; input.values = v
                default: return nil
                }
            } while r.comma()
            guard r.close(UInt8(ascii: "}")) else { return nil }
        }
        guard r.atEnd, let unit, let category, let title, let date else { return nil }
        input.unitId = unit; input.category = category; input.title = title; input.date = date
        return input
    }
}

/// The few JSON forms `EntryInputReader` accepts; every method gives nil for anything else.
struct JSONScanner<Bytes: Collection<UInt8>> where Bytes.Index == Int {
    let bytes: Bytes
    var at: Int

    private var current: UInt8? { at < bytes.endIndex ? bytes[at] : nil }

    private mutating func space() { while let c = current, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { at += 1 } }

    private mutating func take(_ b: UInt8) -> Bool {
        space()
        guard current == b else { return false }
        at += 1
        return true
    }

    mutating func open(_ b: UInt8) -> Bool { take(b) }
    mutating func close(_ b: UInt8) -> Bool { take(b) }
    mutating func colon() -> Bool { take(UInt8(ascii: ":")) }
    mutating func comma() -> Bool { take(UInt8(ascii: ",")) }
    var atEnd: Bool { mutating get { space(); return at == bytes.endIndex } }

    /// A string without escapes or control characters, valid UTF-8.
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = at
        while let c = current {
            if c == UInt8(ascii: "\"") {
                at += 1
                return String(validating: bytes[start..<(at - 1)], as: UTF8.self)
            }
            if c == UInt8(ascii: "\\") || c < 0x20 { return nil }
            at += 1
        }
        return nil
    }

    /// `null` as `.some(nil)`, else the value `read` gives (nil when it gives none).
    mutating func optional<T>(_ read: (inout Self) -> T?) -> T?? {
        if literal("null") { return .some(nil) }
        return read(&self).map { .some($0) }
    }

    mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        space()
        let n = word.utf8CodeUnitCount
        guard at + n <= bytes.endIndex else { return false }
        for i in 0..<n where bytes[at + i] != word.utf8Start[i] { return false }
        at += n
        return true
    }

    /// A number as written by the JSON grammar, its text.
    private mutating func number() -> (text: String, integral: Bool)? {
        space()
        let start = at
        var integral = true
        if current == UInt8(ascii: "-") { at += 1 }
        guard let first = current, Self.isDigit(first) else { return nil }
        at += 1
        if first == UInt8(ascii: "0"), let c = current, Self.isDigit(c) { return nil }
        while let c = current, Self.isDigit(c) { at += 1 }
        if current == UInt8(ascii: ".") {
            integral = false; at += 1
            guard let c = current, Self.isDigit(c) else { return nil }
            while let c = current, Self.isDigit(c) { at += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            integral = false; at += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { at += 1 }
            guard let c = current, Self.isDigit(c) else { return nil }
            while let c = current, Self.isDigit(c) { at += 1 }
        }
        return (String(decoding: bytes[start..<at], as: UTF8.self), integral)
    }

    /// A whole number written without fraction or exponent that fits an Int.
    mutating func int() -> Int? {
        guard let n = number(), n.integral else { return nil }
        return Int(n.text)
    }

    mutating func double() -> Double? {
        guard let n = number(), let d = Double(n.text), d.isFinite else { return nil }
        return d
    }

    /// `[{"indicator": "…", "value": 1, "qualifier": "余"}, …]`
    mutating func values() -> [IndicatorValue]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var out: [IndicatorValue] = []
        if take(UInt8(ascii: "]")) { return out }
        repeat {
            guard take(UInt8(ascii: "{")) else { return nil }
            var indicator: String?, value: Double?, qualifier: String?, seen = Set<String>()
            if !take(UInt8(ascii: "}")) {
                repeat {
                    guard let key = string(), seen.insert(key).inserted, colon() else { return nil }
                    switch key {
                    case "indicator": guard let v = string() else { return nil }; indicator = v
                    case "value": guard let v = double() else { return nil }; value = v
                    case "qualifier": guard let v = optional({ $0.string() }) else { return nil }; qualifier = v
                    default: return nil
                    }
                } while comma()
                guard take(UInt8(ascii: "}")) else { return nil }
            }
            guard let indicator, let value else { return nil }
            out.append(IndicatorValue(indicator: indicator, value: value, qualifier: qualifier))
        } while comma()
        return take(UInt8(ascii: "]")) ? out : nil
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
}

extension Request {
    /// A ledger entry from a UTF-8 JSON body: read directly when it has the common shape,
    /// else decoded (and its problems reported) by `decodeJSON`.
    func decodeEntryInput() throws -> Ledger.EntryInput {
        if let body = body.data, ["utf-8", "utf8", nil].contains(headers.jsonBody.charset),
           let input = body.withUnsafeReadableBytes({ EntryInputReader.read($0) }) {
            return input
        }
        return try decodeJSON(Ledger.EntryInput.self)
    }
}
