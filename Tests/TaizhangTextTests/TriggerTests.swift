import Foundation
import Testing
@testable import TaizhangText

/// The shortcuts of the CLI rework (cli4) must give the answers of the slow paths they
/// replace: the per-line triggers recorded by `analyse` versus a scan of `norm`, the scalar
/// prechecks answered from them versus plain search, the placeholder precheck versus the
/// full scan, and the date digits read without a String versus `Int(String)`.
@Suite struct TriggerTests {
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Every scalar with a trigger, forms that fold to them (full-width, traditional),
    /// digits and spaces (figures are compacted) and pinyin readings (removed).
    private static let alphabet: [UInt32] = {
        var scalars = (0x20..<0x7F).map { UInt32($0) }.filter { LineText.trigger($0) != 0 }
        scalars += Array("。,、(〔/\t“”占比倍翻番超每均月大其分百序页您如网首主w第几数吧呢[【]】×□＊＿Ｘｘ，（／［個萬億數頁率看各∶：《「‘○〇△■.．别別前》男女;；\u{3008}\u{2329}\u{FF1C}<｜│持类類结結格解部之".unicodeScalars.map(\.value))
        scalars += Array("的工作12 3年%人".unicodeScalars.map(\.value)) + [0x3000, 0x20, 0x20]
        return scalars
    }()

    private static func randomLines(count: Int) -> [[UInt32]] {
        var generator = Generator(state: 1414)
        var lines = (0..<count).map { _ in
            (0..<(1 + generator.next(30))).map { _ in alphabet[generator.next(alphabet.count)] }
        }
        // Pinyin readings (衛(wèi)生) and spaced figures (3 万元), which `analyse` removes.
        lines += [Array("衛(wèi)生工作(xx)".unicodeScalars.map(\.value)), Array("投入 3 万元,其中 2 万元。".unicodeScalars.map(\.value))]
        return lines
    }

    /// Lines of the seeds and of the dev corpus.
    private static func realLines() -> [[UInt32]] { Fixtures.realLines() }

    @Test func triggersAreThoseOfTheAnalysisForm() {
        // Setup
        let lines = TriggerTests.randomLines(count: 600) + TriggerTests.realLines()
        var mismatches = 0, compacted = 0

        for scalars in lines {
            // Act
            let line = LineText(number: 1, raw: scalars)
            // Assert: the bits recorded in the folding pass are those of `norm` as the rules read it.
            if line.triggers != LineText.triggers(of: line.norm) { mismatches += 1 }
            // … and the classes are those of the scalars (rules read either).
            if line.norm.indices.contains(where: { line.cls($0) != CharClass.of(line[$0]) }) { mismatches += 1 }
            if line.norm.count != scalars.count { compacted += 1 }
        }
        #expect(lines.count > 1400)
        #expect(compacted > 10)
        #expect(mismatches == 0)
    }

    @Test func prechecksGiveTheAnswersOfAScan() {
        // Setup: every trigger scalar and a few without one, as needles.
        let lines = TriggerTests.randomLines(count: 400) + TriggerTests.realLines()
        let needles = Array(Set(TriggerTests.alphabet.map(fold))).sorted() + [U.s("的"), 0x41, 0x5A]
        var mismatches = 0, present = 0, absent = 0

        for scalars in lines {
            let line = LineText(number: 1, raw: scalars)
            let norm = line.norm
            for (offset, needle) in needles.enumerated() {
                let second = needles[(offset * 7 + 3) % needles.count]
                // Act
                let contains = line.contains(scalar: needle)
                let pair = line.contains(needle, followedBy: second)
                let first = line.firstIndex(of: [needle, second], in: 0..<line.count)
                let next = line.nextIndex(from: 1, classes: 0, or: needle, second)
                // Assert: plain scans of `norm`.
                let expectedPair = norm.indices.dropLast().first(where: { norm[$0] == needle && norm[$0 + 1] == second })
                if contains != norm.contains(needle) { mismatches += 1 }
                if pair != (expectedPair != nil) { mismatches += 1 }
                if first != expectedPair { mismatches += 1 }
                if next != ((1..<max(1, norm.count)).first(where: { norm[$0] == needle || norm[$0] == second }) ?? norm.count) { mismatches += 1 }
                if contains { present += 1 } else { absent += 1 }
            }
        }
        #expect(present > 1000)
        #expect(absent > 1000)
        #expect(mismatches == 0)
    }

    @Test func placeholderPrecheckKeepsEveryHit() {
        // Setup
        let lines = TriggerTests.randomLines(count: 600) + TriggerTests.realLines()
        var mismatches = 0, hits = 0, skipped = 0

        for scalars in lines {
            let line = LineText(number: 1, raw: scalars)
            // Act
            let fast = PlaceholderRule.scan(line).map { "\($0.start)-\($0.end) \($0.message)" }
            let slow = PlaceholderRule.scanAll(line).map { "\($0.start)-\($0.end) \($0.message)" }
            // Assert
            if fast != slow { mismatches += 1 }
            hits += slow.count
            if !line.mayHavePlaceholderMarks { skipped += 1 }
        }
        #expect(hits > 50)
        #expect(skipped > 500)
        #expect(mismatches == 0)
    }

    @Test func dateDigitsAreReadAsIntReadsThem() {
        // Setup: ASCII, full-width and spaced digits before 月/日.
        let texts = ["15月", "2月30日", "0日", "１５月", "3 月", "7月1 2日", "12月", "99日", "5月０日"]
        var compared = 0

        for text in texts {
            let line = LineText(number: 1, raw: Array(text.unicodeScalars.map(\.value)))
            var index = 0
            while index < line.count {
                guard line.cls(index).contains(.digit) else { index += 1; continue }
                var end = index
                while line.cls(end).contains(.digit) { end += 1 }
                // Act / Assert
                #expect(ImpossibleValues.dateValue(line, index, end) == (Int(line.string(index..<end)) ?? 0), "\(text)")
                compared += 1
                index = end
            }
        }
        #expect(compared >= 10)
    }

    @Test func scalarSetsAnswerAsSetsOfTheirMembers() {
        // Setup: the rules' scalar sets (ScalarSet since cli4).
        let sets: [ScalarSet] = [NamedLists.laterListJoiners, NamedLists.placeNouns, Ratios.decreaseScalars, WebChrome.keyNouns,
                                 Sentences.stops, PlaceholderRule.xRayFollowers, WebChrome.clockLetters, HeadingParser.titleEnds,
                                 WebChrome.counterUnits, NamedLists.functionLetters, MissingNumberRule.monthSlots,
                                 MissingNumberRule.geBlockers, WebChrome.separators, WebChrome.decorations, BoilerplateRule.brackets,
                                 MissingNumberRule.jiaBlockers, MissingNumberRule.movementVerbs, MissingNumberRule.numeralLike,
                                 Ratios.linkers, MissingNumberSlots.yearSlots, HeadChrome.unitEndings, HeadChrome.dateLetters,
                                 HeadChrome.joiningEnds]
        var mismatches = 0, members = 0

        for set in sets {
            let reference = Set(set.members)
            members += reference.count
            // Act / Assert: every scalar of the BMP and a plane beyond.
            for scalar in UInt32(0)..<0x20000 where set.contains(scalar) != reference.contains(scalar) { mismatches += 1 }
        }
        #expect(members > 150)
        #expect(mismatches == 0)
    }

    @Test func scalarSetKeepsEveryMemberOfItsLiteral() {
        // Setup: members that share their low bits (the filter's index), and repeats.
        let scalars: [UInt32] = [0x3002, 0x3002 + 1024, 0x41, 0x41 + 2048, 0x3002, 0x4E00]
        // Act
        let set = ScalarSet(scalars)
        // Assert
        #expect(set.members.count == 5)
        #expect(scalars.allSatisfy { set.contains($0) })
        #expect(!set.contains(0x3002 + 2048))
        #expect(!set.contains(0x42))
    }

    @Test func lexiconSearchInARangeSkipsOnlyWhereNoWordStarts() {
        // Setup: lexicons the arithmetic rules search clauses for, over ranges that start
        // before the line and end after it.
        let lexicons = [Arithmetic.totalWords, Arithmetic.joiners, Arithmetic.runningTotalWords, Ratios.baseWords,
                        Ratios.comparedWords, CountAnnouncements.announcers]
        var generator = Generator(state: 77)
        var mismatches = 0, found = 0, compared = 0

        for scalars in TriggerTests.realLines() {
            let line = LineText(number: 1, raw: scalars)
            for lexicon in lexicons {
                let lower = generator.next(line.count + 4) - 2, upper = lower + generator.next(line.count + 4)
                // Act
                let fast = Sentences.contains(line, lexicon, in: lower..<upper)
                // Assert: a probe at every position.
                let slow = (lower..<upper).contains { lexicon.prefix(in: line.norm, at: $0) > 0 }
                if fast != slow { mismatches += 1 }
                if slow { found += 1 }
                compared += 1
            }
        }
        #expect(compared > 5000)
        #expect(found > 100)
        #expect(mismatches == 0)
    }

    /// `LineText.string` as written before cli4 (the slow path the heading strings replace).
    private static func stringBefore(_ line: LineText, _ range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(line.count, range.upperBound)
        guard !clamped.isEmpty else { return "" }
        return line.rawString(line.rawIndex(clamped.lowerBound)..<(line.rawIndex(clamped.upperBound - 1) + 1))
    }

    @Test func headingStringsAreTheLinesStringsOfTheirRanges() {
        // Setup: real lines, spaced markers (PDF text: figures compacted), full-width forms.
        let extra = ["( 一 ) 加强 3 万元管理", "三 、工作 计划", "1. 完成 60 % 任务", "(２)信息化建设", "第一,强化 2 项"]
        let lines = TriggerTests.realLines() + extra.map { Array($0.unicodeScalars.map(\.value)) }
        var generator = Generator(state: 9)
        var headings = 0, mismatches = 0, ranges = 0

        for scalars in lines {
            let line = LineText(number: 1, raw: scalars)
            // Act / Assert: the raw range of any norm range gives `string`'s text …
            for _ in 0..<4 {
                let lower = generator.next(line.count + 1), upper = lower + generator.next(12)
                let text = line.rawBounds(lower..<upper).map { line.rawString($0) } ?? ""
                if text != TriggerTests.stringBefore(line, lower..<upper) || line.string(lower..<upper) != text { mismatches += 1 }
                ranges += 1
            }
            // … and a heading's marker is the line's text from its start to the marker's end.
            guard let heading = HeadingParser.parse(line) else { continue }
            headings += 1
            if heading.marker != TriggerTests.stringBefore(line, line.contentStart..<heading.markerEnd) { mismatches += 1 }
            let rest = line.string(heading.markerEnd..<line.count).trimmingCharacters(in: .whitespaces)
            // A title ends at its first title end (。:;!?), so it is empty when one follows the marker
            // at once (a document site's chunk number `2、;封山育林…`, series zc) — and only then.
            let endsAtOnce = rest.unicodeScalars.first.map { scalar in
                let v = scalar.value   // full-width ；：！？ are their half-width forms in the analysis text
                return HeadingParser.isTitleEnd((0xFF01...0xFF5E).contains(v) ? v - 0xFEE0 : v)
            } ?? false
            if heading.title.isEmpty != (rest.isEmpty || endsAtOnce) || !rest.hasPrefix(heading.title) { mismatches += 1 }
        }
        #expect(headings > 100)
        #expect(ranges > 3000)
        #expect(mismatches == 0)
    }

    @Test func percentSignAndPointsByBytesAreStringComparison() {
        // Setup: every quantity of the seeds and the dev corpus, and measures written oddly.
        var hits = TriggerTests.realLines().flatMap { QuantityScanner.scan(LineText(number: 1, raw: $0)) }
        let odd = ["%", "％", "﹪", "‰", "%%", "个", "", "百分点", "个百分点", "分点", "百分点\u{0301}", "个\u{0301}百分点", "百分點"]
        if let first = hits.first {
            for measure in odd { var hit = first; hit.measure = measure; hits.append(hit) }
        }
        var percents = 0, points = 0, mismatches = 0

        for hit in hits {
            // Act / Assert
            if hit.isPercentSign != (hit.measure == "%") { mismatches += 1 }
            if hit.isPoints != hit.measure.hasSuffix("百分点") { mismatches += 1 }
            if hit.isPoints { points += 1 }
            if hit.isPercentSign { percents += 1 }
        }
        #expect(hits.count > 1000)
        #expect(percents > 50)
        #expect(points >= 2)
        #expect(mismatches == 0)
    }

    @Test func listItemsHoldJiAsFoundationFindsIt() {
        // Setup: list items of real lines and items with combining marks, compatibility
        // ideographs and full-width forms around 及.
        var items = TriggerTests.realLines().flatMap { scalars -> [String] in
            let line = LineText(number: 1, raw: scalars)
            return NamedLists.split(line, 0..<line.count)
        }
        let odd = ["及", "A及B", "及\u{0301}", "e\u{0301}及", "\u{F900}及", "\u{F9D1}", "乃", "和", "", "及\u{FF9E}", "〇及〇"]
        items += odd
        var mismatches = 0, found = 0

        for item in items {
            // Act / Assert
            let fast = NamedLists.holdsJi(item)
            if fast != item.contains("及") { mismatches += 1 }
            if fast { found += 1 }
        }
        #expect(items.count > 300)
        #expect(found > 10)
        #expect(mismatches == 0)
    }
}
