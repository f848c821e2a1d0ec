import Foundation
@testable import TaizhangText

/// The rewrites of `MetamorphicLayoutTests`: a list of dev's sibling headings laid out as
/// extraction and copy-paste leave it (glued, on one line, full-width, in capitals, over a page
/// break), and a body paragraph pasted again in the forms of a copy-paste error. Lines emptied
/// instead of removed, so that every other line keeps its number.
enum MetamorphicLayouts {
    /// A laid-out text and, for each item of the run, the line (1-based) its marker stands on.
    struct Layout { var lines: [String]; var at: [Int] }

    /// Each item from the second on glued to the end of the line above it (a heading run into
    /// the paragraph before it, as a PDF extraction loses the break).
    static func glued(_ lines: [String], _ run: [OutlineItem]) -> Layout {
        var lines = lines, at = [run[0].line]
        for item in run.dropFirst() {
            guard let above = (0..<(item.line - 1)).last(where: { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty }) else {
                at.append(item.line); continue
            }
            lines[above] += lines[item.line - 1].trimmingCharacters(in: .whitespaces)
            lines[item.line - 1] = ""
            at.append(above + 1)
        }
        return Layout(lines: lines, at: at)
    }

    /// Each item's line joined with the line after it (the heading and its text on one line),
    /// when that line is body text (no item of the outline).
    static func withText(_ lines: [String], _ run: [OutlineItem], outline: Set<Int>) -> Layout {
        var lines = lines
        for item in run where item.line < lines.count && !outline.contains(item.line + 1) {
            lines[item.line - 1] += lines[item.line].trimmingCharacters(in: .whitespaces)
            lines[item.line] = ""
        }
        return Layout(lines: lines, at: run.map(\.line))
    }

    /// The run, from its first item to its last item's line, flattened onto one line (a PDF
    /// extracted onto one line), the line above (a title) glued in front when it is no heading.
    static func oneLine(_ lines: [String], _ run: [OutlineItem], outline: Set<Int>) -> Layout {
        var lines = lines
        var first = run[0].line - 1
        if first >= 1, !outline.contains(first), !lines[first - 1].trimmingCharacters(in: .whitespaces).isEmpty { first -= 1 }
        let last = run[run.count - 1].line - 1
        lines[first] = lines[first...last].map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        for index in (first + 1)...max(first + 1, last) where index <= last { lines[index] = "" }
        return Layout(lines: lines, at: run.map { _ in first + 1 })
    }

    /// Markers with full-width digits, dots and brackets (１．, （１）); nil if the run has no ASCII digit.
    static func fullWidthMarkers(_ lines: [String], _ run: [OutlineItem]) -> Layout? {
        guard run.allSatisfy({ $0.marker.contains { $0.isASCII && $0.isNumber } }) else { return nil }
        var lines = lines
        for item in run where lines[item.line - 1].trimmingCharacters(in: .whitespaces).hasPrefix(item.marker) {
            let wide = String(String.UnicodeScalarView(item.marker.unicodeScalars.map { s in
                (s.value >= 0x30 && s.value <= 0x39) || "().".unicodeScalars.contains(s) ? Unicode.Scalar(s.value + 0xFEE0) ?? s : s }))
            lines[item.line - 1] = MetamorphicForms.remark(lines[item.line - 1], item.marker, wide)
        }
        return Layout(lines: lines, at: run.map(\.line))
    }

    /// Chinese numerals of 一、/(一) markers written in traditional capitals (壹、貳、參、); nil for other markers.
    static func capitalMarkers(_ lines: [String], _ run: [OutlineItem]) -> Layout? {
        let numerals = Array("一二三四五六七八九十"), capitals = Array("壹貳參肆伍陸柒捌玖拾")
        guard run.allSatisfy({ m in m.marker.first.map(numerals.contains) == true && m.marker.hasSuffix("、")
                                || m.marker.dropFirst().first.map(numerals.contains) == true && !m.marker.hasPrefix("第") }) else { return nil }
        var lines = lines
        for item in run where lines[item.line - 1].trimmingCharacters(in: .whitespaces).hasPrefix(item.marker) {
            let capital = String(item.marker.map { c in numerals.firstIndex(of: c).map { capitals[$0] } ?? c })
            lines[item.line - 1] = MetamorphicForms.remark(lines[item.line - 1], item.marker, capital)
        }
        return Layout(lines: lines, at: run.map(\.line))
    }

    /// A page break (a page number and the running head) put on the line before `line` (1-based):
    /// the lines shift by two from there.
    static func pageBreak(_ layout: Layout, before line: Int, head: String) -> Layout {
        var lines = layout.lines
        lines.insert(contentsOf: ["- 2 -", head], at: line - 1)
        return Layout(lines: lines, at: layout.at.map { $0 >= line ? $0 + 2 : $0 })
    }

    /// The heading at `line` split over a page break after its marker and four letters.
    static func splitHeading(_ layout: Layout, line: Int, marker: String, head: String) -> Layout? {
        let text = layout.lines[line - 1]
        guard let range = text.range(of: marker), text.distance(from: range.upperBound, to: text.endIndex) > 8 else { return nil }
        let cut = text.index(range.upperBound, offsetBy: 4)
        var lines = layout.lines
        lines.replaceSubrange((line - 1)...(line - 1), with: [String(text[..<cut]), "- 2 -", head, String(text[cut...])])
        return Layout(lines: lines, at: layout.at.map { $0 > line ? $0 + 3 : $0 })
    }

    /// The running head: the document's title (its first line with letters, when that is no
    /// heading of the outline), else the words a running head of a summary holds.
    static func head(_ lines: [String], outline: Set<Int>) -> String {
        guard let index = lines.firstIndex(where: { $0.contains { $0.isLetter } }), !outline.contains(index + 1) else { return "工作总结" }
        return lines[index].trimmingCharacters(in: .whitespaces)
    }

    // MARK: repeats

    /// Full-width punctuation written half-width and a space after each mark (a copy retyped
    /// or pasted through another editor).
    static func halfWidthSpaced(_ line: String) -> String {
        var out = ""
        for c in line {
            switch c {
            case "，": out += ", "
            case "；": out += "; "
            case "：": out += ": "
            case "（": out += "("
            case "）": out += ")"
            case "。": out += "。 "
            default: out.append(c)
            }
        }
        return "　　" + out
    }

    /// The line with its first sentence pasted twice (…。…。 → …。…。…。); nil for one sentence.
    static func sentenceTwice(_ line: String) -> String? {
        guard let stop = line.firstIndex(where: { "。！？".contains($0) }), line.index(after: stop) < line.endIndex,
              line[line.index(after: stop)...].contains(where: { $0.isLetter }),
              line[...stop].filter({ $0.isLetter || $0.isNumber }).count >= SentenceRepeats.minimumLetters else { return nil }
        return String(line[...stop]) + line
    }

    /// `line`'s opening clause (to its first comma) followed by `other`'s text after its own
    /// opening clause: two different paragraphs sharing an opening (根据… / 为进一步…).
    static func sharedOpening(_ line: String, _ other: String) -> String? {
        // The opening is a clause (it ends at a comma, before any other mark): a whole sentence
        // repeated is a repeat.
        let commas: Set<Character> = ["，", ","], marks: Set<Character> = ["，", ",", "。", "；", ";", "：", ":", "！", "？"]
        guard let a = line.firstIndex(where: marks.contains), commas.contains(line[a]), let b = other.firstIndex(where: commas.contains),
              line[..<a].count >= 4 else { return nil }
        let rest = other[b...]
        guard rest.filter({ $0.isLetter || $0.isNumber }).count >= 20 else { return nil }
        return String(line[..<a]) + rest
    }
}
