/// A page title followed by the document's own title broken over two lines (eighth pass,
/// chrome6): 某县住房和城乡建设局2018年度整体支出 绩效评价报告, then 某县住房和城乡建设局2018年度整体
/// 支出 / 绩效评价报告. Two content lines in a row (blank lines between them allowed), joined
/// with spaces left out, spell the earlier title: that one is the page's (the document's own
/// title is the one its text follows). Within 12 lines.
struct SplitTitles {
    static let window = 12
    private var titles: [(line: Int, text: String, letters: [UInt32])] = []
    private var previous: (line: Int, letters: [UInt32])?

    /// Returns the earlier title line that two lines in a row spell again. `title` is the line's
    /// letters when it looks like a title (`TitleRepeats.title`, computed once by the caller).
    mutating func observe(_ line: LineText, title: [UInt32]?, alreadyChrome: Bool) -> [(line: Int, text: String)] {
        let length = line.count - line.contentStart
        titles.removeAll { line.number - $0.line > SplitTitles.window }
        // Without an earlier title nothing can spell it: no letters are gathered.
        guard !titles.isEmpty || title != nil, length <= 60, !line.contains(scalar: U.ideoStop), !line.contains(scalar: U.comma) else {
            previous = nil
            return []
        }
        let letters: [UInt32]
        if let title { letters = title } else {
            var gathered = [UInt32]()
            gathered.reserveCapacity(length)
            for index in line.contentStart..<line.count where !line.cls(index).contains(.space) { gathered.append(line[index]) }
            letters = gathered
        }
        var found: [(line: Int, text: String)] = []
        if let previous, !alreadyChrome, let index = titles.firstIndex(where: { title in
            title.line < previous.line && title.letters.count == previous.letters.count + letters.count
                && title.letters.starts(with: previous.letters) && title.letters.suffix(letters.count).elementsEqual(letters)
        }) {
            found.append((titles[index].line, titles[index].text))
            titles.remove(at: index)
        }
        if !alreadyChrome, letters.count >= 8, title != nil { titles.append((line.number, line.text, letters)) }
        if titles.count > 3 { titles.removeFirst() }
        previous = (line.number, letters)
        return found
    }
}
