/// Units written as SI symbols in Latin letters after a figure: 干渠总长21.66km, 建筑面积500m²,
/// 蓄水9260万m³, 降水量90.5mm, 装机20MW, 发电量1.2亿kW·h, 供水3万m3/d (metrics19).
///
/// Why it generalises: sector prose (water, transport, housing, energy) writes measures the way
/// engineering tables do, as unit symbols; the symbols form a small closed class fixed by the SI
/// and by engineering usage, not by any text. A run of Latin letters after a figure is read as a
/// unit only when the whole run is one of these symbols (with its exponent and one `/` per-unit),
/// so a model or product name glued to a number stays out: `5G`, `3D`, `4K`, `3A级`, `2B`, `5W1H`,
/// `10min` and `4g网络` are no symbols of the class (bare `g`, `W`, `L`, `A`, `G` are left out on
/// purpose: they name networks, grades and sizes more often than grams, watts or litres). What
/// stands before the figure is the scanner's usual guard (a letter before it: `G318`, `PM2.5`,
/// `A4`, `Win10`), plus URL and code punctuation (`/1m`, `=5t`, `_3km`).
extension QuantityScanner {
    /// Unit symbols by their letters (case as usage writes them: `km`, `KM`, `Km`).
    private static let latinSymbols: Set<[UInt32]> = Set([
        "m", "km", "KM", "Km", "cm", "mm", "ha", "hm",
        "kg", "KG", "Kg", "mg", "t", "mL", "ml",
        "kW", "KW", "kw", "Kw", "MW", "GW", "kWh", "KWh", "kwh", "MWh", "GWh", "kV", "KV", "kVA", "KVA",
        "GB", "TB", "MB",
    ].map { [UInt32](literal: $0) })

    /// Length symbols that take an exponent for area and volume (m², km², m3, hm²).
    private static let lengthSymbols: Set<[UInt32]> = Set(["m", "km", "KM", "Km", "cm", "mm", "hm"].map { [UInt32](literal: $0) })

    /// Units a rate in symbols is per (m³/s, t/d, km/h, 万m3/a): time letters and the symbols.
    private static let perTimeLetters: Set<UInt32> = [0x73, 0x64, 0x68, 0x61]   // s d h a

    @inline(__always) private static func isASCIILetter(_ s: UInt32) -> Bool { s >= 0x41 && s <= 0x5A || s >= 0x61 && s <= 0x7A }

    /// The length of a unit symbol at `index` (its exponent and a per-unit included), or 0 when
    /// the Latin letters there are no unit symbol or run on into other letters or digits.
    static func latinUnitLength(_ line: LineText, at index: Int) -> Int {
        guard isASCIILetter(line[index]) else { return 0 }
        var end = index
        while end - index < 4, isASCIILetter(line[end]) { end += 1 }
        guard !isASCIILetter(line[end]) else { return 0 }
        var letters = Array(line.norm[index..<end])
        // kW·h: the product of two symbols, written with a middle dot.
        if line[end] == U.middleDot || line[end] == U.katakanaDot, line[end + 1] == 0x68, !isASCIILetter(line[end + 2]),
           latinSymbols.contains(letters + [0x68]) {
            end += 2
            letters.append(0x68)
        }
        guard latinSymbols.contains(letters) else { return 0 }
        if lengthSymbols.contains(letters) { end += exponentLength(line, at: end) }
        guard !line.cls(end).contains(.digit), !isASCIILetter(line[end]) else { return 0 }
        // m³/s, t/d, km/h: a rate per a unit of time or per another symbol.
        if line[end] == U.slash {
            let next = line[end + 1]
            if perTimeLetters.contains(next), !isASCIILetter(line[end + 2]), !line.cls(end + 2).contains(.digit) {
                end += 2
            } else if isASCIILetter(next) {
                var perEnd = end + 1
                while perEnd - end <= 4, isASCIILetter(line[perEnd]) { perEnd += 1 }
                if latinSymbols.contains(Array(line.norm[(end + 1)..<perEnd])), !line.cls(perEnd).contains(.digit) { end = perEnd }
            }
        }
        return end - index
    }

    /// The exponent after a length symbol: a superscript ² or ³, a plain 2 or 3 that ends the
    /// token (500m2, 3.5km2; not m23), or a `?` left where a converter lost the superscript
    /// (9260万m?,) — only inside a sentence, before a comma or semicolon: a question mark ends
    /// its sentence (能否达到5m?专家认为…).
    private static func exponentLength(_ line: LineText, at end: Int) -> Int {
        let next = line[end]
        if next == 0xB2 || next == 0xB3 { return 1 }
        if next == 0x32 || next == 0x33, !line.cls(end + 1).contains(.digit), line[end + 1] != U.dot, !isASCIILetter(line[end + 1]) {
            return 1
        }
        if next == 0x3F, line[end + 1] == U.comma || line[end + 1] == U.ideoComma || line[end + 1] == U.semicolon {
            return 1
        }
        return 0
    }

    /// True when the figure at `start` may carry a unit symbol: not inside a URL, a query or a
    /// code (`/1m`, `=5t`, `_3km`, `#2mm`, `@5kg`).
    static func latinUnitContext(_ line: LineText, figureStart start: Int) -> Bool {
        let before = line[start - 1]
        return !(before == U.slash || before == 0x3D || before == U.underscore || before == 0x23 || before == 0x40
                 || before == U.ampersand || before == U.colon)
    }

    /// The unit symbol after the figure ending at `end`, with one space allowed before it
    /// (typeset text: `12.5 km`): its start and length, or nil.
    static func latinUnit(_ line: LineText, after end: Int) -> (start: Int, length: Int)? {
        let start = line[end] == 0x20 ? end + 1 : end
        let length = latinUnitLength(line, at: start)
        return length > 0 ? (start, length) : nil
    }
}
