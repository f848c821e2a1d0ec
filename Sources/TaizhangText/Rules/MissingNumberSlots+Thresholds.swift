/// Sixteenth pass (corpus-r): a bare magnitude naming a class of things.
///
/// 亿元以上项目, 千万元级企业, 万人以上村: a unit that starts with a magnitude (万, 亿, 千, 百)
/// and is followed by a bound (以上, 以下, 级) and a noun names a class by its size — the
/// magnitude is its own figure (one 亿元), nothing was deleted. A deleted figure leaves the
/// clause there (投资亿元以上。), or a blank before the unit (投资 亿元以上项目): still reported.
/// The bound may be left out when the class's head noun follows the unit right away (亿元项目,
/// 千万元企业, 百亿元产业: twenty-first pass, zafix): a deleted figure's unit ends its clause
/// or is followed by a verb (投资亿元用于…), never by the head of a class of enterprises or
/// projects.
extension MissingNumberSlots {
    static let bounds = Lexicon(["以上", "以下", "级"])
    static let classHeads = Lexicon(["项目", "企业", "产业"])
    static let magnitudes = ScalarSet("万亿千百".unicodeScalars.map(\.value))

    /// True when the unit at `index` (of `length` scalars) opens a class of that size:
    /// a magnitude first, then a bound, then a letter of a noun.
    static func namesSizeClass(_ line: LineText, _ index: Int, _ length: Int) -> Bool {
        guard magnitudes.contains(line[index]) else { return false }
        if classHeads.prefix(in: line.norm, at: index + length) > 0 { return true }
        let bound = bounds.prefix(in: line.norm, at: index + length)
        guard bound > 0, index + length + bound < line.count else { return false }
        let next = index + length + bound
        return line.cls(next).contains(.ideograph) && !line.cls(next).contains(.cjkNumeral)
    }
}
