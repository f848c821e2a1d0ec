extension MissingNumberRule {
    /// 学校就像一个家, 这个场所…: a numeral or determiner and 个 right before the measure word count
    /// it as a noun; its number stands before the classifier and nothing was deleted. A deleted
    /// count leaves the measure after a plain letter (共举办活动次), never after 个 (nineteenth
    /// pass, corpus y).
    static func countedAsNoun(_ line: LineText, _ start: Int) -> Bool {
        line[start - 1] == U.s("个") && (numeralLike.contains(line[start - 2]) || line.cls(start - 2).contains(.digit))
    }
}
