/// The repeat messages, each a fixed text around the earlier line's number. A repeated
/// paragraph is the commonest finding of a pasted-together input; interpolating its two
/// messages and then encoding them to JSON cost about as much as finding the repeat.
struct NumberedMessage {
    enum Form: UInt8 {
        case identical, similar, opening, edited
    }
    var form: Form
    var number: Int

    /// The text before and after the number, in Chinese and in English.
    var parts: (zh: (StaticString, StaticString), en: (StaticString, StaticString)) {
        switch form {
        case .identical:
            return (("段落重复:与第", "行的段落完全相同"), ("Repeated paragraph: identical to the paragraph on line ", ""))
        case .similar:
            return (("段落重复:与第", "行的段落高度相似"), ("Repeated paragraph: nearly the same as the paragraph on line ", ""))
        case .opening:
            return (("段落重复:开头与第", "行的段落相同(网页预览或重复粘贴)"),
                    ("Repeated paragraph: it opens like the paragraph on line ", " (a page preview or a second paste)"))
        case .edited:
            return (("段落重复:与第", "行的段落基本相同(重复粘贴后略有改动)"),
                    ("Repeated paragraph: nearly the same as the paragraph on line ", " (pasted again with a small edit)"))
        }
    }

    var zh: String { let (before, after) = parts.zh; return "\(before)\(number)\(after)" }
    var en: String { let (before, after) = parts.en; return "\(before)\(number)\(after)" }
}
