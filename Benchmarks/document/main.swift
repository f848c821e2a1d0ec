// bench-document: times draft composition and .docx writing for a synthetic
// unit with N ledger entries, or writes the fixed sample documents.
//
//   swift build -c release --product bench-document
//   .build/release/bench-document [--entries 10000] [--runs 31]
//   .build/release/bench-document --sample OUT.docx [--markdown OUT.md] [--html OUT.html] [--json OUT.json]
import Foundation
import TaizhangDocument

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

if let docxPath = option("--sample") {
    try writeSample(docx: docxPath, markdown: option("--markdown"), html: option("--html"), json: option("--json"))
} else {
    let entries = Int(option("--entries") ?? "") ?? 10_000
    let runs = Int(option("--runs") ?? "") ?? 31
    runBenchmark(entries: entries, runs: runs)
}

func writeSample(docx: String, markdown: String?, html: String?, json: String?) throws {
    let document = DraftComposer().compose(.demo)
    try DocxWriter().data(for: document).write(to: URL(fileURLWithPath: docx))
    if let markdown { try Data(MarkdownWriter().markdown(for: document).utf8).write(to: URL(fileURLWithPath: markdown)) }
    if let html { try Data(HTMLWriter().html(for: document).utf8).write(to: URL(fileURLWithPath: html)) }
    if let json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(document).write(to: URL(fileURLWithPath: json))
    }
    print("wrote \(docx)")
}
