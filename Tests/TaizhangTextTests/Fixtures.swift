import Foundation

/// Locates the fixtures kept in the repository (Tests/Fixtures: seeds, gold, corpus) and
/// finds text snippets in them the way the gold annotations cite them. A fresh clone
/// runs every test without anything beside it.
enum Fixtures {
    /// Tests/Fixtures of this checkout, or TAIZHANG_FIXTURES (as for scripts/e2e).
    static let root: URL = ProcessInfo.processInfo.environment["TAIZHANG_FIXTURES"].map { URL(fileURLWithPath: $0) }
        ?? URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures").standardized

    static var seeds: [URL] {
        let folder = root.appendingPathComponent("seeds")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func gold(for seed: URL) -> URL {
        root.appendingPathComponent("gold").appendingPathComponent(seed.deletingPathExtension().lastPathComponent + ".json")
    }

    /// The annotated real summaries of one split ("dev" or "test"): each .txt beside
    /// its .json gold. Line 1 of a text is `source: URL`.
    static func corpus(_ split: String) -> [(text: URL, gold: URL)] {
        let folder = root.appendingPathComponent("corpus").appendingPathComponent(split)
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }.compactMap { text in
            let gold = text.deletingPathExtension().appendingPathExtension("json")
            return FileManager.default.fileExists(atPath: gold.path) ? (text, gold) : nil
        }
    }

    /// Every line of the seeds and of the dev corpus as scalars: the real input that the
    /// shortcuts (triggers, prechecks) are compared on against their slow paths.
    static func realLines() -> [[UInt32]] {
        let files = seeds + corpus("dev").map(\.text)
        return files.flatMap { url -> [[UInt32]] in
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map { Array($0.unicodeScalars.map(\.value)) }
        }
    }
}

/// A position span in a text: 1-based line, 1-based character column, length.
struct Span: Equatable {
    var line: Int
    var column: Int
    var length: Int
    /// A snippet that runs over line breaks (gold arithmetic may quote a total and the
    /// numbered lines that break it down): its last line, and how much of it is covered.
    var endLine: Int? = nil
    var endLength = 0

    func contains(line: Int, column: Int) -> Bool {
        line == self.line && column >= self.column && column < self.column + max(length, 1)
    }

    func overlaps(line: Int, column: Int, length: Int) -> Bool {
        if let endLine, line > self.line, line <= endLine { return line < endLine || column <= endLength }
        return line == self.line && column < self.column + self.length && self.column < column + max(length, 1)
    }
}

/// The text of a fixture split into lines of Characters, for snippet search.
struct FixtureText {
    let lines: [[Character]]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var characters = Array(line)
            if characters.last == "\r" { characters.removeLast() }
            return characters
        }
    }

    /// The `occurrence`-th (1-based) place where `snippet` occurs.
    func find(_ snippet: String, occurrence: Int = 1) -> Span? {
        let needle = Array(snippet)
        guard !needle.isEmpty else { return nil }
        var seen = 0
        for (index, line) in lines.enumerated() where line.count >= needle.count {
            var start = 0
            while start + needle.count <= line.count {
                if line[start] == needle[0], Array(line[start..<(start + needle.count)]) == needle {
                    seen += 1
                    if seen == occurrence { return Span(line: index + 1, column: start + 1, length: needle.count) }
                }
                start += 1
            }
        }
        return nil
    }

    /// Every place where `snippet` occurs, in order.
    func occurrences(of snippet: String) -> [Span] {
        var all = [Span]()
        while let span = find(snippet, occurrence: all.count + 1) { all.append(span) }
        return all
    }

    /// The first place where a snippet holding line breaks occurs: its first part ends a
    /// line, its middle parts are whole lines, its last part starts a line.
    func findAcrossLines(_ snippet: String) -> Span? {
        let parts = snippet.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        guard parts.count >= 2 else { return nil }
        for index in lines.indices where index + parts.count <= lines.count {
            let first = lines[index], last = lines[index + parts.count - 1]
            guard first.count >= parts[0].count, Array(first.suffix(parts[0].count)) == parts[0],
                  last.count >= parts[parts.count - 1].count, Array(last.prefix(parts[parts.count - 1].count)) == parts[parts.count - 1],
                  (1..<(parts.count - 1)).allSatisfy({ lines[index + $0] == parts[$0] }) else { continue }
            return Span(line: index + 1, column: first.count - parts[0].count + 1, length: parts[0].count,
                        endLine: index + parts.count, endLength: parts[parts.count - 1].count)
        }
        return nil
    }

    /// Lines whose text equals `text` (ignoring surrounding spaces), in order.
    func lineNumbers(equalTo text: String) -> [Int] {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        return lines.enumerated().compactMap { index, line in
            String(line).trimmingCharacters(in: .whitespaces) == wanted ? index + 1 : nil
        }
    }
}
