import Foundation
import TaizhangDocument
import TaizhangSummary

/// Median and spread of `runs` timings of `body`, in milliseconds.
func measure(runs: Int, _ body: () throws -> Void) rethrows -> (median: Double, min: Double, max: Double) {
    let clock = ContinuousClock()
    var samples: [Double] = []
    for _ in 0..<runs {
        let elapsed = try clock.measure(body)
        samples.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    samples.sort()
    return (samples[samples.count / 2], samples[0], samples[samples.count - 1])
}

func runBenchmark(entries: Int, runs: Int) {
    let input = SyntheticInput.make(entries: entries)
    let composer = DraftComposer()
    var document = composer.compose(input)
    let writer = DocxWriter()
    var size = 0
    let compose = measure(runs: runs) { document = composer.compose(input) }
    let docx = (try? measure(runs: runs) { size = try writer.data(for: document).count }) ?? (0, 0, 0)
    let markdown = measure(runs: runs) { _ = MarkdownWriter().markdown(for: document) }
    let html = measure(runs: runs) { _ = HTMLWriter().html(for: document) }
    func line(_ name: String, _ t: (median: Double, min: Double, max: Double)) -> String {
        "\(name): median \(String(format: "%.2f", t.median)) ms (min \(String(format: "%.2f", t.min)), max \(String(format: "%.2f", t.max)))"
    }
    print("entries: \(entries), areas: \(input.areas.count), figures: \(input.areas.flatMap(\.figures).count), runs: \(runs)")
    print("blocks: \(document.blocks.count), traced numbers: \(document.numbers.count), docx bytes: \(size)")
    print(line("compose", compose))
    if let source = try? SyntheticLedger.make(entries: entries) {
        var drafted = document
        let ledger = measure(runs: runs) { drafted = composer.compose(DraftInputBuilder.build(source)) }
        print(line("ledger → draft (build input + compose, \(entries) entries + \(entries) last year)", ledger)
              + ", traced numbers: \(drafted.numbers.count)")
    }
    print(line("docx", docx))
    print(line("markdown", markdown))
    print(line("html", html))
}
