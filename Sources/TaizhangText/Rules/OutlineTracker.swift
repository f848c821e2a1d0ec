/// Follows the outline of a document: assigns levels to headings and reports
/// numbering that skips or repeats within one list (1. 3. 4.; 一、二、四、).
///
/// A heading whose style is already open pops the deeper levels and continues that
/// list; a style not yet open becomes a child level. A list that restarts at 1 is a new
/// list (a new section or a new bundled document), never a numbering error.
struct OutlineTracker {
    struct Level {
        var style: HeadingStyle; var last: Int; var chrome = false
        /// After a repeated marker ((一)(一)), the number the repeat stood for ((二)): the next
        /// sibling may follow it ((三)) — the repeat was one slip, reported once.
        var slipped: Int? = nil
        /// The heading's own line holds a first child's marker ((一), (1), ①) glued after its title.
        var holdsFirstChild = false
        /// The number the list opened at (2 for a list an excerpt cut: `reroots`).
        var first = 0
        /// The child list the previous item of this level closed (its style and last number):
        /// a 意见 numbers its (一)(二)… on across its parts (`runsOn`).
        var closedChild: (style: HeadingStyle, last: Int)? = nil
    }
    struct Outcome {
        var level: Int
        /// Expected number when this heading breaks the sequence.
        var expected: Int?
        /// True when the top level restarted at 1 after at least 一、二、.
        var topLevelRestart: Bool
    }

    private(set) var stack: [Level] = []

    /// What stood before a heading.
    struct Context {
        /// The previous line of content was a heading (or held one).
        var afterHeading = false
        /// The previous line of content introduces a list (ends with a colon, says 如下).
        var afterIntro = false
        /// The heading's line holds a first child's marker glued after its title (一、概况(一)…).
        var holdsFirstChild = false
        /// The previous line is a short lead-in right under the last item of a list (`Analyzer.isLeadIn`).
        var afterLeadIn = false
    }

    mutating func reset() { stack.removeAll(keepingCapacity: true) }

    /// A list of this style is open at some level of the outline.
    func isOpen(_ style: HeadingStyle) -> Bool { stack.contains { $0.style == style } }

    /// `context` tells what came before the heading (see `Context`).
    mutating func accept(_ heading: Heading, chrome: Bool = false, context: Context = Context()) -> Outcome {
        // The document's first heading of its own style after a numbered list of site chrome
        // (下载须知 1、…3、 then 一、工作背景 … 2.文明交通) opens the outline afresh: a chrome list
        // is no parent of the document's headings, and its count does not run on into them.
        if !chrome, !stack.isEmpty, stack.allSatisfy(\.chrome), !isOpen(heading.style) { stack.removeAll(keepingCapacity: true) }
        if let position = stack.firstIndex(where: { $0.style == heading.style }) {
            let previous = stack[position].last
            let hadChildren = position + 1 < stack.count
            if hadChildren { stack[position].closedChild = (stack[position + 1].style, stack[position + 1].last) }
            stack.removeSubrange((position + 1)...)
            stack[position].last = heading.number
            stack[position].holdsFirstChild = context.holdsFirstChild
            let slipped = stack[position].slipped
            stack[position].slipped = heading.number == previous && previous >= 2 ? previous + 1 : nil
            if heading.number == previous + 1 || slipped.map({ heading.number == $0 + 1 }) == true {
                return Outcome(level: position + 1, expected: nil, topLevelRestart: false)
            }
            if heading.number == 1 {
                // 一、…(一)…(二) then 一、 again right after a sub-heading: the same list repeats its
                // first marker (a new list or document never opens right under a sub-heading).
                // So is a lone 1、 followed by another 1、 with nothing but text of its own between
                // (1、… 1、…): a new list would open after an intro (…如下:) or a new parent.
                if previous == 1 && !chrome && (hadChildren && context.afterHeading || !hadChildren && !context.afterIntro) {
                    stack[position].slipped = 2
                    return Outcome(level: position + 1, expected: 2, topLevelRestart: false)
                }
                // …5.未来工作计划 ⏎ 编写总结时,应注意以下几点: ⏎ 1.客观公正: a list restarted under a short
                // lead-in right after the last item is the same text's next list, not a new document.
                return Outcome(level: position + 1, expected: nil, topLevelRestart: position == 0 && previous >= 2 && !context.afterLeadIn)
            }
            return Outcome(level: position + 1, expected: previous + 1, topLevelRestart: false)
        }
        // A list opened under a heading of this text starts at 1: (一) … then 二、(三) is a
        // skip (each new parent resets its children). Not for 一是 (its 一是 is often inline
        // in the parent's line) nor under a numbered line of site chrome.
        // (Not the first heading of a text: an excerpt that opens at 二、 was cut, even after a
        // title and an opening paragraph — the corpus annotators agree.)
        // Nor for a style shallower than the open one in the usual order ((三)(四) then 二、: an
        // excerpt cut inside a list goes on with its parent's next heading, not a child list).
        // A list of paragraphs (一是…) never parents a heading: a heading of another style closes
        // it, and its child check looks at the heading above (一、 ⏎ 一是… ⏎ (二)…: the (一) was
        // lost; the 一是 under (二) is a new list, no repeat). Nor for a rule's articles (第三条
        // under 第二章): they number on across its chapters.
        if reroots(heading, chrome: chrome) {
            stack.removeAll(keepingCapacity: true)
            stack.append(Level(style: heading.style, last: heading.number, holdsFirstChild: context.holdsFirstChild, first: heading.number))
            return Outcome(level: 1, expected: nil, topLevelRestart: false)
        }
        if !heading.style.isParagraphList { while let last = stack.last, last.style.isParagraphList, !last.chrome { stack.removeLast() } }
        // A style that slots between an open parent and that parent's deeper list (一、 ⏎ 1.… 2.…
        // ⏎ (二)): the list was the lost first sibling's ((一)), closed here; this one opens the
        // parent's list and starts at 1 — unless the parent's line holds that first marker.
        if let parent = stack.lastIndex(where: { $0.style.rawValue < heading.style.rawValue }), parent + 1 < stack.count,
           !stack[parent].chrome, !stack[parent].holdsFirstChild, !heading.style.isParagraphList, heading.style != .part, heading.style != .article,
           stack[(parent + 1)...].allSatisfy({ !$0.chrome && !$0.style.isParagraphList && $0.style.rawValue > heading.style.rawValue }) {
            stack.removeSubrange((parent + 1)...)
            stack.append(Level(style: heading.style, last: heading.number, holdsFirstChild: context.holdsFirstChild, first: heading.number))
            return Outcome(level: stack.count, expected: heading.number != 1 ? 1 : nil, topLevelRestart: false)
        }
        let opensAtOne = stack.last.map { !$0.chrome && $0.style.rawValue < heading.style.rawValue && !Self.runsOn($0, heading) } ?? false
            && !heading.style.isParagraphList && heading.style != .part && heading.style != .article && heading.number != 1
        stack.append(Level(style: heading.style, last: heading.number, chrome: chrome, holdsFirstChild: context.holdsFirstChild, first: heading.number))
        return Outcome(level: stack.count, expected: opensAtOne ? 1 : nil, topLevelRestart: false)
    }

    /// The marker text a heading should have had, in the same style ("2.", "(三)", "三是").
    static func expectedMarker(_ heading: Heading, number: Int) -> String {
        let numeral = ChineseNumerals.capitals(heading.marker) ? ChineseNumerals.capital(number) : ChineseNumerals.string(number)
        switch heading.style {
        case .cjk: return numeral + "、"
        case .cjkParen:
            // 〈二〉 for 〈二〉, (二) for (二): the marker keeps the brackets the text uses.
            if let open = heading.marker.unicodeScalars.first.map({ fold($0.value) }), let close = HeadingParser.angleClose(open),
               let a = Unicode.Scalar(open), let b = Unicode.Scalar(close) { return String(Character(a)) + numeral + String(Character(b)) }
            return "(" + numeral + ")"
        case .arabic: return String(number) + (heading.marker.hasSuffix("、") ? "、" : ".")
        case .arabicParen: return "(" + String(number) + ")"
        case .circled: return Unicode.Scalar(U.circledOne + UInt32(number - 1)).map { String(Character($0)) } ?? String(number)
        case .shi: return numeral + String(heading.marker.suffix(1))
        case .di: return "第" + numeral + String(heading.marker.suffix(1))
        case .qi: return "其" + numeral + String(heading.marker.suffix(1))
        case .part: return "第" + numeral + (heading.marker.hasSuffix("部分") ? "部分" : String(heading.marker.suffix(1)))
        case .article: return "第" + numeral + "条"
        case .letter: return (Unicode.Scalar(0x40 + UInt32(min(number, 26))).map { String(Character($0)) } ?? "") + String(heading.marker.suffix(1))
        }
    }
}

enum ChineseNumerals {
    static let digits = Array("零一二三四五六七八九")

    static let capitalDigits = Array("零壹贰叁肆伍陆柒捌玖")

    /// 1 … 99 as written in outlines: 一, 十, 十一, 二十三.
    static func string(_ n: Int) -> String { write(n, digits: digits, ten: "十") }

    /// The capital numerals of a formal outline: 壹, 拾, 拾壹.
    static func capital(_ n: Int) -> String { write(n, digits: capitalDigits, ten: "拾") }

    private static func write(_ n: Int, digits: [Character], ten: String) -> String {
        guard n > 0, n < 100 else { return String(n) }
        if n < 10 { return String(digits[n]) }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : String(digits[tens])) + ten + (ones == 0 ? "" : String(digits[ones]))
    }

    /// The marker's numeral is a capital one (壹、, 貳、 or 參、 folded).
    static func capitals(_ marker: String) -> Bool {
        guard let first = marker.unicodeScalars.first(where: { CharClass.numeral(fold($0.value)) || fold($0.value) == U.s("参") })
        else { return false }
        let folded = fold(first.value)
        return folded == U.s("参") || capitalDigits.contains { $0.unicodeScalars.first!.value == folded }
    }
}

extension OutlineTracker {
    /// Whether `line` already holds the marker a heading of this style and number would
    /// have (一、加强学习。1.… before 2. on the next line): then the list is not skipped.
    static func holdsMarker(_ line: LineText, _ heading: Heading, number: Int) -> Bool {
        let wanted = [UInt32](literal: expectedMarker(heading, number: number))
        let alternative: [UInt32]? = heading.style == .arabic ? [UInt32](literal: "\(number)、") : nil
        return line.contains(wanted) || alternative.map { line.contains($0) } ?? false || holdsDashedFirst(line, heading, number: number)
    }

    /// The markers a skip would miss stand in the previous line (二、重点工作 1、… 2、… 3、… ⏎
    /// 4、…): the list began inside that paragraph, so nothing was skipped — every number from
    /// the expected one up to the heading's own must be there (series ze, session 19). The
    /// first marker alone is enough when 1 is expected (一、加强学习。1.… ⏎ 2.…).
    static func heldBefore(_ line: LineText, _ heading: Heading, expected: Int) -> Bool {
        if expected == 1 && holdsMarker(line, heading, number: 1) { return true }
        guard expected < heading.number, heading.number - expected <= 9 else { return false }
        return (expected..<heading.number).allSatisfy { holdsMarker(line, heading, number: $0) }
    }
}

extension OutlineTracker {
    /// The inline family (`InlineEnumeration`) that continues a heading style in its own paragraph.
    static func inlineFamily(_ style: HeadingStyle) -> UInt32? {
        switch style {
        case .arabicParen: return InlineEnumeration.bracketFamily
        case .circled: return InlineEnumeration.circledFamily
        case .arabic: return InlineEnumeration.commaFamily
        default: return nil
        }
    }

    /// The list of `style` went on inside the paragraph up to `number`.
    mutating func advance(_ style: HeadingStyle, to number: Int) {
        if let position = stack.lastIndex(where: { $0.style == style }) { stack[position].last = number }
    }
}
