import Foundation
@testable import TaizhangText

/// The scorer of the real-page repeat probes (dup-wild, dup-wild2): a folder of pages, each with a
/// hand gold of `duplicates` in the corpus schema and a split. Scored as `GoldEvaluation` scores
/// duplicates: a gold item is found when a duplicate finding stands on the line of its `second`
/// (its second occurrence when `first` and `second` are one string — a preview and the body it
/// repeats); any other duplicate finding is false.
enum DupWildScore {
    struct Page { var name: String; var lines: [String]; var split: String; var seconds: [Int] }
    typealias Row = (found: Int, gold: Int, falses: Int, notes: [String])

    static func pages(in folderName: String) -> [Page] {
        let folder = Fixtures.root.appendingPathComponent(folderName)
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return files.compactMap { url in
            guard let lines = try? MetamorphicText.lines(of: url),
                  let data = try? Data(contentsOf: url.deletingPathExtension().appendingPathExtension("json")),
                  let gold = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
            let text = FixtureText(lines.joined(separator: "\n"))
            let items = gold["duplicates"] as? [[String: String]] ?? []
            let seconds = items.compactMap { item -> Int? in
                guard let second = item["second"] else { return nil }
                return text.find(second, occurrence: item["first"] == second ? 2 : 1)?.line
            }
            return Page(name: url.lastPathComponent, lines: lines, split: gold["split"] as? String ?? "tuning", seconds: seconds)
        }
    }

    /// Found, gold, false reports and the lines of the misses and false reports, by split.
    static func score(_ pages: [Page]) -> [String: Row] {
        var table = [String: Row]()
        for page in pages {
            let report = Checker.check(text: page.lines.joined(separator: "\n"), path: page.name)
            let reported = Set(report.findings.filter { $0.kind == .duplicate }.map(\.line))
            var row = table[page.split] ?? (0, 0, 0, [])
            row.gold += page.seconds.count
            for line in page.seconds {
                if reported.contains(line) { row.found += 1 } else { row.notes.append("[missed] \(page.name):\(line)") }
            }
            for line in reported.subtracting(page.seconds).sorted() {
                row.falses += 1
                row.notes.append("[false] \(page.name):\(line) \(page.lines[line - 1].prefix(40))")
            }
            table[page.split] = row
        }
        return table
    }

    /// The printed table: one row per split.
    static func summary(_ title: String, _ pages: [Page], _ table: [String: Row]) -> String {
        "\(title), found / gold, false duplicate reports:\n" + table.keys.sorted().map { key in
            let row = table[key]!
            return "\(key): \(row.found)/\(row.gold), false \(row.falses) (\(pages.filter { $0.split == key }.count) pages)"
        }.joined(separator: "\n")
    }
}
