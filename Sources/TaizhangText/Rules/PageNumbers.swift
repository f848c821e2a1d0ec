/// A printed page's number left alone on its line by a PDF's or a slide deck's extraction
/// (twenty-sixth pass, chrome20): `2` ⏎ `相关说明` … `3` ⏎ `报告综述` … (zc47), `1` above the report's
/// title (ze24, z13). A bare figure says nothing by itself; its place does:
/// - a run: three bare figures counting up by one (N, N+1, N+2), each after three content lines at
///   least, the gaps between them not all equal, a paragraph of prose inside the run — a page
///   holds as much text as it holds, while a table flattened one cell a line repeats its row's
///   cells (row numbers 1, 2, 3 at a fixed gap stay the table's); the run then goes on by one;
/// - the first page: a bare `1` among the document's first two content lines (the one before it,
///   if any, a line of eight letters or more: the page's title, not a table's header cell),
///   followed by a line of words.
/// A figure of the text (a value cell, a count) never counts up by one page by page.
struct PageNumbers {
    private var run: [(line: Int, value: Int, text: String)] = []
    private var gaps: [Int] = []
    private var since = 0
    private var proseInRun = false
    private var contentLines = 0
    private var firstLength = 0
    private var heldOne: (line: Int, text: String)?
    private var accepted = false

    /// 1 … 999 and nothing else on the line (spaces around it allowed).
    static func bareNumber(_ line: LineText) -> Int? {
        let start = line.contentStart
        var end = line.count
        while end > start, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end > start, end - start <= 3, line[start] != 0x30 else { return nil }
        var value = 0
        for index in start..<end {
            let scalar = line[index]
            guard scalar >= 0x30, scalar <= 0x39 else { return nil }
            value = value * 10 + Int(scalar - 0x30)
        }
        return value
    }

    /// Reads every content line; returns the lines now known to be page numbers.
    mutating func observe(_ line: LineText) -> [(line: Int, text: String)] {
        // Cheap exit for most lines: a bare number is three characters at most.
        let number = line.count - line.contentStart <= 6 ? PageNumbers.bareNumber(line) : nil
        contentLines += 1
        var out: [(line: Int, text: String)] = []
        if let held = heldOne {
            heldOne = nil
            if number == nil, line.mask.contains(.ideograph) || line.mask.contains(.latin) { out.append(held) }
        }
        guard let number else {
            if contentLines == 1 { firstLength = line.count - line.contentStart }
            since += 1
            if line.count - line.contentStart >= 20, line.mask.contains(.sentenceEnd) || line.mask.contains(.clauseBreak) { proseInRun = true }
            return out
        }
        let text = String(number)
        if number == 1, contentLines == 1 || contentLines == 2 && firstLength >= 8 { heldOne = (line.number, text) }
        if let last = run.last, number == last.value + 1, since >= 3 {
            if accepted {
                if since != gaps.last { out.append((line.number, text)); gaps.append(since); run.append((line.number, number, text)) }
                else { reset(line.number, number, text) }
            } else {
                run.append((line.number, number, text))
                gaps.append(since)
                if run.count >= 3, proseInRun, Set(gaps).count == gaps.count {
                    accepted = true
                    out.append(contentsOf: run.map { ($0.line, $0.text) })
                }
            }
        } else {
            reset(line.number, number, text)
        }
        since = 0
        return out
    }

    private mutating func reset(_ line: Int, _ value: Int, _ text: String) {
        run = [(line, value, text)]
        gaps = []
        accepted = false
        proseInRun = false
    }
}
