/// Seventeenth pass (corpus-s): 次 in a grade noun.
///
/// 考核良好等次, 评定为优秀等次: 等次 (a grade, like 档次 and 名次) after a word of the grading
/// scale is a noun; no count was deleted. After a list closed by 等 (开展宣传、培训等次。) the
/// 次 follows "and so on" and a figure is missing — still reported, so a grade word is required.
extension MissingNumberRule {
    static let gradeWords = Lexicon([
        "优秀", "良好", "合格", "基本合格", "不合格", "称职", "基本称职", "不称职", "较好", "一般", "较差", "达标",
    ])

    static func namesGrade(_ line: LineText, _ start: Int) -> Bool {
        guard line[start] == U.s("次"), start >= 1, line[start - 1] == U.s("等") else { return false }
        return gradeWords.suffix(in: line.norm, endingAt: start - 1) > 0
    }
}
