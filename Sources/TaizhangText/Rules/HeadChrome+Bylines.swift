/// Eighteenth pass (corpus-v): a news page's byline above the article — two or three
/// personal names set apart by spaces on a line of their own (张宏伟 王正平). A single name
/// (or 欧阳 晓明, one name spaced) may be the document's author or a unit's short name and is
/// left to `isForeign`'s other tests; a unit's name is one run of letters; a role (镇长 张三)
/// makes the line the document's signature.
extension HeadChrome {
    static func namesRow(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var names = 0, letters = 0, index = start
        while index < end {
            while index < end, line.cls(index).contains(.space) { index += 1 }
            let from = index
            while index < end, line.cls(index).contains(.ideograph), !line.cls(index).contains(.cjkNumeral) { index += 1 }
            guard index == end || line.cls(index).contains(.space), (2...3).contains(index - from) else { return false }
            names += 1
            letters += index - from
        }
        return (2...3).contains(names) && letters >= 5
    }
}
