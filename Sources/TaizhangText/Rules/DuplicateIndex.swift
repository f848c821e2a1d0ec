/// Duplicate paragraphs (≥ 80 characters) within the input and against a corpus of
/// known templates (套用范文).
struct DuplicateIndex {
    private var index = SketchIndex()
    private var scratch = [UInt32]()
    /// Hash of the first `openingLength` letters of each paragraph → its line.
    private var openings: [UInt64: Int] = [:]
    static let openingLength = 40

    mutating func observe(_ line: LineText, corpus: Corpus?) -> Hit? {
        let opening = repeatedOpening(line)
        guard let sketch = ParagraphSketch(line, scratch: &scratch) else { return opening }
        defer { index.insert(sketch, source: "", line: line.number) }
        let end = line.count
        if let (entry, verbatim) = index.match(sketch) {
            let how = verbatim ? "完全相同" : "高度相似"
            return Hit(kind: .duplicate, severity: .warning, start: line.contentStart, end: end,
                       message: "段落重复:与第\(entry.line)行的段落\(how)",
                       en: "Repeated paragraph: \(verbatim ? "identical to" : "nearly the same as") the paragraph on line \(entry.line)", text: excerpt(line))
        }
        if let corpus, let (entry, verbatim) = corpus.index.match(sketch) {
            let how = verbatim ? "完全相同" : "高度相似"
            return Hit(kind: .duplicate, severity: .warning, start: line.contentStart, end: end,
                       message: "疑似套用范文:与语料库“\(entry.source)”第\(entry.line)行的段落\(how)",
                       en: "Looks copied from a model text: \(verbatim ? "identical to" : "nearly the same as") line \(entry.line) of “\(entry.source)” in the corpus",
                       text: excerpt(line))
        }
        return opening
    }

    /// A site's preview repeats the opening of the text (and a wrapped PDF repeats a
    /// heading with it): a paragraph whose first 40 letters (punctuation and spaces
    /// ignored) are those of an earlier one is a near duplicate, whatever follows.
    private mutating func repeatedOpening(_ line: LineText) -> Hit? {
        guard line.count >= DuplicateIndex.openingLength else { return nil }
        let wanted = CharClass.ideograph.rawValue | CharClass.digit.rawValue | CharClass.latin.rawValue
        var hash: UInt64 = 0xcbf29ce484222325, kept = 0
        for index in 0..<line.count where line.classes[index] & wanted != 0 {
            hash = (hash ^ UInt64(line.norm[index])) &* 0x100000001b3
            kept += 1
            if kept == DuplicateIndex.openingLength { break }
        }
        guard kept == DuplicateIndex.openingLength else { return nil }
        if let earlier = openings[hash] {
            return Hit(kind: .duplicate, severity: .warning, start: line.contentStart, end: line.count,
                       message: "段落重复:开头与第\(earlier)行的段落相同(网页预览或重复粘贴)",
                       en: "Repeated paragraph: it opens like the paragraph on line \(earlier) (a page preview or a second paste)",
                       text: excerpt(line))
        }
        openings[hash] = line.number
        return nil
    }

    private func excerpt(_ line: LineText) -> String {
        let start = line.contentStart
        return line.string(start..<min(line.count, start + 40)) + (line.count - start > 40 ? "…" : "")
    }
}
