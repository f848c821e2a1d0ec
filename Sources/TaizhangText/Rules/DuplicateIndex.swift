/// Duplicate paragraphs (≥ 80 characters) within the input and against a corpus of
/// known templates (套用范文).
struct DuplicateIndex {
    private var index = SketchIndex()
    private var scratch = [UInt32]()

    mutating func observe(_ line: LineText, corpus: Corpus?) -> Hit? {
        guard let sketch = ParagraphSketch(line, scratch: &scratch) else { return nil }
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
        return nil
    }

    private func excerpt(_ line: LineText) -> String {
        let start = line.contentStart
        return line.string(start..<min(line.count, start + 40)) + (line.count - start > 40 ? "…" : "")
    }
}
