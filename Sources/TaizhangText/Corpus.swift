import Foundation

/// Known templates and earlier documents (a folder of .txt/.docx) against which
/// paragraphs are compared to find copied text (套用范文).
public struct Corpus: Sendable {
    var index = SketchIndex()
    /// Names of the documents loaded.
    public private(set) var names: [String] = []

    public init() {}

    /// Loads every readable .txt/.docx file in `directory` (not recursive); unreadable
    /// files are skipped so that one bad file does not disable the comparison.
    public init(directory: URL, options: CheckOptions = CheckOptions()) throws {
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ["txt", "docx"].contains($0.pathExtension.lowercased()) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        for file in files {
            guard let (text, _) = try? Checker.read(fileAt: file, options: options) else { continue }
            add(text: text, name: file.lastPathComponent)
        }
    }

    /// Adds one document's paragraphs to the corpus.
    public mutating func add(text: String, name: String) {
        names.append(name)
        LineReader.forEachLine(in: text) { line in
            if let sketch = ParagraphSketch(line) { index.insert(sketch, source: name, line: line.number) }
        }
    }
}
