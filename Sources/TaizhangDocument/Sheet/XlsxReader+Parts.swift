extension XlsxReader {
    static func scan(_ bytes: [UInt8], _ each: (SheetXMLScanner.Event) throws -> Void) throws {
        var s = SheetXMLScanner(bytes)
        do {
            while let e = try s.next() { try each(e) }
        } catch let f as SheetXMLScanner.Failure {
            throw Failure.malformed("\(f)")
        }
    }

    static func sheetList(_ xml: [UInt8]) throws -> [(String, String)] {
        var out: [(String, String)] = []
        try scan(xml) { e in
            if case .start("sheet", let a, _) = e, let name = a["name"], let rid = a["r:id"] ?? a.first(where: { $0.key.hasSuffix(":id") })?.value {
                out.append((name, rid))
            }
        }
        return out
    }

    static func relationships(_ xml: [UInt8]) throws -> [String: String] {
        var out: [String: String] = [:]
        try scan(xml) { e in
            if case .start("Relationship", let a, _) = e, let id = a["Id"], let target = a["Target"] { out[id] = target }
        }
        return out
    }

    /// Each `<si>`'s text: its `<t>` runs joined, phonetic guides (`<rPh>`) left out.
    static func sharedStrings(_ xml: [UInt8]) throws -> [String] {
        var out: [String] = [], current = "", inT = false, inPhonetic = false
        try scan(xml) { e in
            switch e {
            case .start("si", _, _): current = ""
            case .end("si"): out.append(current)
            case .start("rPh", _, let closed): inPhonetic = !closed
            case .end("rPh"): inPhonetic = false
            case .start("t", _, let closed): inT = !closed
            case .end("t"): inT = false
            case .text(let s) where inT && !inPhonetic: current += s
            default: break
            }
        }
        return out
    }

    /// Indexes into `cellXfs` whose number format shows a date.
    static func dateStyleIndexes(_ xml: [UInt8]) throws -> Set<Int> {
        var custom: [Int: String] = [:], formats: [Int] = [], inXfs = false
        try scan(xml) { e in
            switch e {
            case .start("numFmt", let a, _):
                if let id = a["numFmtId"].flatMap(Int.init), let code = a["formatCode"] { custom[id] = code }
            case .start("cellXfs", _, _): inXfs = true
            case .end("cellXfs"): inXfs = false
            case .start("xf", let a, _) where inXfs: formats.append(a["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }
        return Set(formats.enumerated().filter { isDateFormat($0.element, custom[$0.element]) }.map(\.offset))
    }

    /// Built-in date formats (14–22, 27–36 and 50–58 in CJK locales, 45–47), or a custom
    /// code with y/m/d outside quotes and brackets.
    static func isDateFormat(_ id: Int, _ code: String?) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) { return true }
        guard let code else { return false }
        var inQuote = false, inBracket = false
        for c in code.lowercased() {
            switch c {
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            // One guard for all three letters (a `where` after a pattern list binds only the last):
            // "[Red]0.00" and 0" d" are numbers, not dates.
            case "y", "d", "m": if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }
}
