/// Lines broken by PDF extraction (twenty-first pass, chrome15): a sentence split into fragments one
/// a line — `,岭上人家蓝` / `莓` / `园蓝` / `莓` / `销量达` / `XX` / `万斤,…`, `增长` / `5%` / `;` — reads
/// like chrome line by line (tiny lines without punctuation look like tags; a lone `;` like a
/// stray mark), but each piece continues the line before it. Chrome stands apart from a sentence:
/// its neighbours are other chrome, a title, or a closed paragraph.
enum PDFBreaks {
    /// The line stops inside a sentence: it holds a comma or 、 (so it is prose, not a title, a
    /// label or a key:value row) and ends on a letter, a figure, `%`, a comma or 、.
    static func stopsMidSentence(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end > start, line.contains(scalar: U.comma) || line.contains(scalar: U.ideoComma) else { return false }
        return endsOpen(line, end) || line[end - 1] == U.comma || line[end - 1] == U.ideoComma
    }

    /// The line's last character is a letter, a figure or `%`: a sentence may go on after it.
    static func endsOpen(_ line: LineText, _ end: Int) -> Bool {
        let cls = line.cls(end - 1)
        return cls.contains(.ideograph) || cls.contains(.digit) || cls.contains(.latin) || line[end - 1] == U.percent
    }

    /// A line of clause or sentence marks only (`;`, `、`, `。`), at most three.
    static func marksOnly(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        end - start <= 3 && (start..<end).allSatisfy {
            line[$0] == U.comma || line[$0] == U.ideoComma || line[$0] == U.semicolon || line[$0] == U.colon || line.cls($0).contains(.sentenceEnd)
        }
    }
}
