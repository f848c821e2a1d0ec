/// A word split by a PDF extraction whose first half is a measure word (完成项 目投资 800 万元,
/// 加强财务管 理, 建设家 园): the measure is glued to the verb before it and one space cuts it
/// from the ideograph that finishes the word. It is no trace of a deleted number.
///
/// Why it generalises: a deleted figure leaves its gap BEFORE the measure word (完成 项, 共举办
/// 场) or the measure ends its clause (完成项。); Chinese prose puts no space inside a phrase, so
/// one space between a measure word glued to its verb and a following ideograph is the
/// extraction's cut through a word — a test of spacing, not of a word list. A space before the
/// measure (完成 项 目) or punctuation after it (完成项 ,) still reads as a deleted number.
extension MissingNumberSlots {
    static func splitsWord(_ line: LineText, after end: Int) -> Bool {
        line.cls(end).contains(.space) && line[end] != 0x0A && line[end] != 0x09
            && line.cls(end + 1).contains(.ideograph) && !line.cls(end + 1).contains(.cjkNumeral)
    }
}
