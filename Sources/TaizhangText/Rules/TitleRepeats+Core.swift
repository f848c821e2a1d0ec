/// The page's copy of a title is not always letter for letter the document's (twenty-ninth
/// pass): a site prints the year the document masks (`文化馆2017年…` above `文化馆207年…`,
/// `社会股xx年上半年工作总结` above `社会股XX年…`), spaces a PDF's title out (`农业局 2019 年上半年
/// 工作总结`) or drops a space-separated year (`2023 街道办事处 文化站 工作总结`). What such copies
/// keep is the title's words; what they change is a copy's letters only — spaces, the year
/// (digits or their mask x/X/×/*) with its 年. The core is the title without
/// those, and two titles with the same core before the body are the page's copy and the
/// document's own (the structure `TitleRepeats` reads; the census of dev's head lines in
/// docs/checker.md, "Twenty-ninth pass").
extension TitleRepeats {
    /// Scalars that mask a figure in a template (20xx年, ××居委会, **区): never a title's words.
    static func isMask(_ scalar: UInt32) -> Bool {
        scalar == 0x78 || scalar == 0x58 || scalar == U.times || scalar == U.star
    }

    /// The title's letters without spaces and its year-shaped runs (`figureRun`); empty when the
    /// title holds no such run — a title without a year is `related`'s business, letter for letter.
    static func core(_ text: [UInt32]) -> [UInt32] {
        var result = [UInt32](), dropped = false
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let length = figureRun(text, at: index)
            if length > 0 { index += length; dropped = true; continue }
            if !CharClass.of(text[index]).contains(.space) { result.append(text[index]) }
            index += 1
        }
        return dropped ? result : []
    }

    /// The length of a year-shaped run at `index`, 0 if none: two to four digits or masks and the
    /// 年 after them (2019 年, 207年, 20xx年, xx年), a mask alone (××居委会, **区), or a year without
    /// its 年 (2023 街道办事处…). Other figures are a title's words (3月, _第2页, 7篇, 12345热线).
    static func figureRun(_ text: [UInt32], at index: Int) -> Int {
        guard index == 0 || !isFigure(text[index - 1]) else { return 0 }
        var cursor = index, masks = 0
        while cursor < text.count, isFigure(text[cursor]) {
            if isMask(text[cursor]) { masks += 1 }
            cursor += 1
        }
        let length = cursor - index
        guard length > 0 else { return 0 }
        var after = cursor
        while after < text.count, CharClass.of(text[after]).contains(.space) { after += 1 }
        if length >= 2, length <= 4, after < text.count, text[after] == U.s("年") { return after + 1 - index }
        if length >= 2, masks == length { return length }
        if length == 4, text[index] == 0x31 && text[index + 1] == 0x39 || text[index] == 0x32 && text[index + 1] == 0x30 { return length }
        return 0
    }

    static func isFigure(_ scalar: UInt32) -> Bool { CharClass.of(scalar).contains(.digit) || isMask(scalar) }

    /// Two titles that differ only in what a copy changes; both cores must still name a title
    /// (`minimumShared` letters), so `2023年工作总结` and `2024年工作总结` (core 工作总结) are no copies.
    static func sameCore(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        a.count >= minimumShared && a == b
    }

    /// The end of the title's core at the start of a long line (the document's title glued to
    /// its first sentence, spaced as a PDF spaces it), nil when the line does not open with it or
    /// the copy holds no year-shaped run of its own (上半年…督查报告显示,…: a sentence that opens
    /// with the title's words is no copy of the title).
    static func coreEnd(of core: [UInt32], in line: LineText) -> Int? {
        guard core.count >= minimumShared else { return nil }
        let text = line.norm
        var position = line.contentStart, matched = 0, dropped = false
        while position < line.count, matched < core.count {
            if line.cls(position).contains(.space) { position += 1; continue }
            let run = figureRun(text, at: position)
            if run > 0 { position += run; dropped = true; continue }
            guard line[position] == core[matched] else { return nil }
            matched += 1
            position += 1
        }
        return matched == core.count && dropped ? position : nil
    }
}
