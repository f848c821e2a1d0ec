/// Counts that name their members: “消防、交通、饮食、校园、校舍”五大安全, “四防”(防拐、
/// 防盗窃、防抢劫、防隐患), A、B和C三项联动, 三台分别放于A、B及C, and "三个项目" referring
/// back to the list of the previous sentence. Lists are split at 、 and a final 和/及/与.
///
/// Free-text lists are ambiguous (an item may itself contain 和), so a mismatch is only
/// an error where the members are delimited and plainly itemised (`itemised`): an
/// abbreviation and its expansion in brackets sharing its letter (“四防”(防拐、…)), a
/// count and 分别是 … to the sentence end, A、B、C等2项. A quoted list counted after its
/// quote (“A、B、C”三项) reports agreement only: a quoted slogan is often a compressed
/// formula (shared heads, a count of its formula's parts), and a measured wrong flag there
/// (issue #14, arith3) showed the 、 count is no proof.
enum NamedLists {
    static let countMeasures: MeasureSet = ["大", "个", "项", "类", "种", "台", "家", "条", "方面"]

    static func check(_ line: LineText, hits: [QuantityHit], previous: LineText?) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        if line.contains(scalar: U.lparen) {
            for check in bracketedLists(line) where !checks.contains(where: { $0.column == check.column }) { checks.append(check) }
        }
        if line.mask.contains(.quote) {   // both look for “ or ” (quote class)
            checks += abbreviations(line)
            for check in letterAbbreviations(line) where !checks.contains(where: { $0.column == check.column }) { checks.append(check) }
            for check in quotedCounts(line) where !checks.contains(where: { $0.column == check.column }) { checks.append(check) }
        }
        if line.mask.contains(.cjkNumeral), line.contains(scalar: U.ideoComma) { checks += numeralNouns(line, hits: hits) }
        if line.mask.contains(.cjkNumeral), line.mask.contains(.quote) || line.contains(scalar: U.rbook) {
            for check in quotedListCounts(line) where !checks.contains(where: { $0.column == check.column }) { checks.append(check) }
        }
        if line.mask.contains(.cjkNumeral) {
            for check in sharedNouns(line, hits: hits) where !checks.contains(where: { $0.column == check.column }) {
                checks.append(check)
            }
        }
        if line.mask.contains(.cjkNumeral), line.contains(scalar: U.s("大")) {
            for check in greatCounts(line) where !checks.contains(where: { $0.column == check.column }) { checks.append(check) }
        }
        if line.contains(scalar: U.s("前")) {
            for check in topCounts(line) where !checks.contains(where: { $0.column == check.column }) { checks.append(check) }
        }
        for check in clauseCounts(line, hits: hits) where !checks.contains(where: { $0.column == check.column }) { checks.append(check) }
        let parts = partCounts(line) + placeCounts(line)
        for hit in parts.isEmpty ? hits : hits + parts where hit.number.magnitude == 1 && hit.number.value >= 2 && hit.number.value <= (hit.number.isChinese ? 12 : 30)
            && hit.number.decimals == 0 {
            let n = Int(hit.number.value)
            if let check = respectively(line, hit, n) ?? followingList(line, hit, n) ?? countThenMembers(line, hit, n)
                ?? (line.mask.contains(.quote) || line.contains(scalar: U.lbook) || line.contains(scalar: 0x300C) || line.contains(scalar: 0x2018)
                    ? quotedItems(line, hit, n) : nil) {
                if !checks.contains(where: { $0.column == check.column }) { checks.append(check) }
                continue
            }
            if !hit.number.isChinese {
                // A、B、C等4个项目 / A、B、C、D 4个: only a list right before the count — or right
                // before a bracket that holds the count (东村、西村、南村(3个村)).
                let listEnd = line[hit.start - 1] == U.lparen && line[hit.start - 2] != U.lparen ? hit.start - 1 : hit.start
                let clause = afterEarlierCount(line, hits, from: Sentences.listStart(line, before: listEnd), to: listEnd)
                let items = listItems(line, clause..<listEnd, n: n)
                if names(items, n), countMeasures.contains(hit) || items.allSatisfy({ LineText.characters($0) <= 12 }) {
                    checks.append(ifAny: make(line, clause, hit.end, n, items, strict: false))
                } else if items.count > n, line[hit.start - 1] == U.s("等"), items.allSatisfy({ LineText.characters($0) <= 12 }) {
                    // A、B、C、D等3家: 等 may leave names out, never count fewer than it names.
                    checks.append(ifAny: make(line, clause, hit.end, n, items, strict: true, consistent: false, openFirst: true))
                } else if items.count > n, let list = listAfterVerb(line, clause..<hit.start, n: n) {
                    checks.append(ifAny: make(line, list.start, hit.end, n, list.items, strict: false, consistent: true))
                } else if let check = sureMismatch(line, hits, hit, n) {
                    checks.append(check)
                } else if items.isEmpty, let check = referredList(line, hit, n, previous: previous) ?? looseList(line, hit, n) ?? placeList(line, hit, n) {
                    checks.append(check)
                }
                continue
            }
            if line[hit.start - 1] == U.rquote, let open = lastIndex(of: U.lquote, in: line, before: hit.start - 1) {
                let items = split(line, (open + 1)..<(hit.start - 1))
                if items.count >= 2, !checks.contains(where: { $0.column == line.column(of: open) }) {
                    checks.append(ifAny: make(line, open, hit.end, n, items, strict: false))
                }
                continue
            }
            do {
                // 生态、特色“两篇”文章: the count may open a quote right after its list.
                let listEnd = line[hit.start - 1] == U.lquote ? hit.start - 1 : hit.start
                let clause = afterEarlierCount(line, hits, from: Sentences.listStart(line, before: listEnd), to: listEnd)
                let items = listItems(line, clause..<listEnd, n: n)
                if names(items, n), countMeasures.contains(hit) || items.dropFirst().allSatisfy({ LineText.characters($0) <= 12 }) {
                    checks.append(ifAny: make(line, clause, hit.end, n, items, strict: false)); continue
                }
            }
            if let check = sureMismatch(line, hits, hit, n) { checks.append(check); continue }
            if line.matches([U.s("分"), U.s("别")], at: hit.end) {
                var end = hit.end + 2
                while end < line.count, !Sentences.stops.contains(line[end]), line[end] != U.comma, line[end] != U.semicolon { end += 1 }
                let items = split(line, (hit.end + 2)..<end)
                if items.count >= 2, items.count == n { checks.append(ifAny: make(line, hit.start, end, n, items, strict: false)); continue }
            }
            if let check = referredList(line, hit, n, previous: previous) ?? looseList(line, hit, n) ?? placeList(line, hit, n) {
                checks.append(check)
            } else if let previous, hit.measure == "个", backReference(line, hit), let items = lastList(previous) ?? lastList(line, before: hit.start),
               items.count == n || items.count - 1 == n {
                checks.append(ifAny: make(line, hit.start, hit.end, n, items, strict: false, consistent: true))
            } else if hit.measure != "个", backReference(line, hit), commasBefore(line, hit.start) >= n - 2,
                      let items = lastList(line, before: hit.start), items.count == n {
                // 阅览区、借阅区。二部分: a count opening a sentence names the list just before.
                checks.append(ifAny: make(line, hit.start, hit.end, n, items, strict: false, consistent: true))
            }
        }
        return checks
    }

    /// “四防”(防拐、防盗窃、防抢劫、防隐患): a quoted numeral abbreviation and its members.
    private static func abbreviations(_ line: LineText) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        var index = 0
        while index < line.count {
            if line[index] == U.lquote, let run = HeadingParser.chineseRun(line, index + 1), run.value >= 2,
               let close = firstIndex(of: U.rquote, in: line, from: run.end), close - index <= 8, line[close + 1] == U.lparen,
               let end = firstIndex(of: U.rparen, in: line, from: close + 2) {
                // “五有”、“四落实”(即…,…): one bracket explains several abbreviations, one
                // group each (split at , ;); it is checked against the group of this one.
                let followsAnother = line[index - 1] == U.ideoComma && line[index - 2] == U.rquote || line[index - 1] == U.rquote
                var groupStart = close + 2
                if followsAnother {
                    var cut = end - 1
                    while cut > close + 2, line[cut] != U.comma, line[cut] != U.semicolon { cut -= 1 }
                    groupStart = cut > close + 2 ? cut + 1 : close + 2
                }
                let items = split(line, groupStart..<end)
                // “三严三实”, “两学一做”: several numerals name several groups; their sum is
                // the number of items, and a different count is no evidence of an error.
                let numerals = (run.end..<close).filter { line.cls($0).contains(.cjkNumeral) && !line.cls($0 - 1).contains(.cjkNumeral) }
                let total = numerals.reduce(run.value) { sum, at in sum + (HeadingParser.chineseRun(line, at)?.value ?? 0) }
                if items.count >= 2, !followsAnother || items.count == run.value {
                    if numerals.isEmpty {
                        checks.append(ifAny: make(line, index, end + 1, run.value, items, strict: true))
                    } else if items.count == total {
                        checks.append(ifAny: make(line, index, end + 1, total, items, strict: true))
                    }
                }
                index = end
            }
            index += 1
        }
        return checks
    }

    /// “消防、交通、饮食、校园、校舍”五大安全: a quoted list counted right after the quote.
    private static func quotedCounts(_ line: LineText) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        for index in 0..<line.count where line[index] == U.rquote {
            guard let run = HeadingParser.chineseRun(line, index + 1), run.value >= 2,
                  "大项个类种级".unicodeScalars.contains(where: { $0.value == line[run.end] }),
                  let open = lastIndex(of: U.lquote, in: line, before: index) else { continue }
            // “楼栋-居民小组-社区居委会”三级: a quoted chain split by dashes instead of 、.
            var items = split(line, (open + 1)..<index)
            if items.isEmpty { items = line.string((open + 1)..<index).split(whereSeparator: { "-－—–".contains($0) }).map(String.init) }
            if items.count >= 2 { checks.append(ifAny: make(line, open, run.end + 1, run.value, items, strict: false)) }
        }
        return checks
    }

    /// Whether the count at `hit` names a list right before it (三项建设 after A、B和C).
    static func namesPrecedingList(_ line: LineText, _ hit: QuantityHit) -> Bool {
        split(line, Sentences.listStart(line, before: hit.start)..<hit.start).count == Int(hit.number.value)
    }

    /// "三个项目…" at the start of a sentence refers to what the previous sentence listed.
    private static func backReference(_ line: LineText, _ hit: QuantityHit) -> Bool {
        let before = line[hit.start - 1]
        return hit.start == line.contentStart || Sentences.stops.contains(before) || before == U.comma
    }

    /// The 、 of the sentence before `position` (no strings: a cheap precheck).
    static func commasBefore(_ line: LineText, _ position: Int) -> Int {
        var index = position - 2, commas = 0
        while index >= 0, !Sentences.stops.contains(line[index]) || index == position - 1 {
            if line[index] == U.ideoComma { commas += 1 }
            index -= 1
        }
        return commas
    }

    private static func lastList(_ line: LineText, before end: Int? = nil) -> [String]? {
        let sentences = Sentences.ranges(line).filter { $0.upperBound <= (end ?? line.count) }
        guard let last = sentences.last else { return nil }
        let items = split(line, last)
        return items.count >= 2 ? items : nil
    }

    /// The items of a list right before a count: split at 、 (and a last 和/及/与); a pair
    /// joined by one 和/及/与 counts for two (4月27日和10月21日举办2场). Items must be at least
    /// two characters (a list of names, not of letters).
    static func listItems(_ line: LineText, _ range: Range<Int>, n: Int) -> [String] {
        var items = split(line, range)
        if items.isEmpty, n == 2, range.count > 0, let bounds = line.rawBounds(range), line.isPlain(raw: bounds) {
            // The same by scalars (LineText+Plain): a pair around the one joiner occurring once.
            // Only a joiner with a name of two letters on each side joins (华邦保和: the 和
            // ending a name joins nothing).
            let inner = min(bounds.upperBound, bounds.lowerBound + 2)..<max(min(bounds.upperBound, bounds.lowerBound + 2), bounds.upperBound - 2)
            let once = pairJoiners.filter { line.rawCount(of: $0, in: inner) == 1 }
            if once.count == 1, let at = line.rawFirstIndex(of: [once[0]], in: inner) {
                items = [line.rawString(bounds.lowerBound..<at), line.rawString((at + 1)..<bounds.upperBound)]
            }
        } else if items.isEmpty, n == 2, range.count > 0 {
            let text = line.string(range)
            let joiners = ["和", "及", "与", "與"].filter { text.components(separatedBy: $0).count == 2 }
            if joiners.count == 1 { items = text.components(separatedBy: joiners[0]) }
        }
        return items.allSatisfy({ LineText.characters($0) >= 2 }) || singleLetterNames(items, n: n) ? items : []
    }

    /// 中、老、缅三国, 镇、村、社、网格员: one-character items are names when each is a CJK
    /// letter other than a numeral (A、B or 1、2 are markers), in a list of three at least
    /// whose length is the count (a pair of stray characters is not read as a list).
    static func singleLetterNames(_ items: [String], n: Int) -> Bool {
        items.count >= 3 && items.count == n && items.allSatisfy { item in
            LineText.characters(item) >= 2 || item.unicodeScalars.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF && !numerals.unicodeScalars.contains($0) }
        }
    }
    static let numerals = "〇零一二两三四五六七八九十百千万"

    /// The list names `n` members: one per item, or with a 及 inside it joining two more.
    static func names(_ items: [String], _ n: Int) -> Bool {
        items.count == n || items.count + items.dropLast().filter(holdsJi).count == n
    }

    static func split(_ line: LineText, _ range: Range<Int>) -> [String] {
        guard range.count > 0 else { return [] }
        var items = [String]()
        var start = range.lowerBound
        var sawComma = false
        // 、 inside brackets or quotes belongs to an item (A(含B、C)、D两项).
        var depth = 0
        for index in range {
            let scalar = line[index]
            if scalar == U.lparen || scalar == U.lquote || scalar == U.lbook { depth += 1 }
            else if scalar == U.rparen || scalar == U.rquote || scalar == U.rbook { depth = max(0, depth - 1) }
            else if scalar == U.ideoComma, depth == 0 { items.append(line.string(start..<index)); start = index + 1; sawComma = true }
        }
        guard sawComma else { return [] }
        if let bounds = line.rawBounds(start..<range.upperBound), line.isPlain(raw: bounds) {
            // The same split by scalars (LineText+Plain): the first joiner of the list that occurs.
            if let (at, length) = tailJoiners.lazy.compactMap({ word in line.rawFirstIndex(of: word, in: bounds).map { ($0, word.count) } }).first {
                items.append(line.rawString(bounds.lowerBound..<at))
                items.append(line.rawString((at + length)..<bounds.upperBound))
            } else {
                items.append(line.rawString(bounds))
            }
            return items.filter { !$0.isEmpty }
        }
        let tail = line.string(start..<range.upperBound)
        if let joiner = tailJoinerWords.compactMap({ tail.range(of: $0) }).first {
            items.append(String(tail[..<joiner.lowerBound]))
            items.append(String(tail[joiner.upperBound...]))
        } else {
            items.append(tail)
        }
        return items.filter { !$0.isEmpty }
    }

    /// A list and its count: agreement is reported; a mismatch only when `strict` (the
    /// list is delimited by quotes, brackets or 分别是…。) and the list is clearly itemised
    /// (`itemised`); any other mismatch is left unchecked (nil), never called agreement.
    static func make(_ line: LineText, _ from: Int, _ to: Int, _ n: Int, _ items: [String], strict: Bool,
                     consistent: Bool? = nil, openFirst: Bool = false) -> ArithmeticCheck? {
        // A list is split at 、 and at a last 和/及/与; an item may itself hold 和 (党风和廉政),
        // so either reading agreeing with the count is agreement.
        let joinedTail: Bool
        if let bounds = line.rawBounds(min(from, to)..<max(from, to)), line.isPlain(raw: bounds) {
            // The same by scalars (LineText+Plain): a joiner after the last 、.
            var tailStart = bounds.upperBound
            while tailStart > bounds.lowerBound, line.raw[tailStart - 1] != U.ideoComma { tailStart -= 1 }
            joinedTail = tailStart > bounds.lowerBound && pairJoiners.contains { line.rawCount(of: $0, in: tailStart..<bounds.upperBound) > 0 }
        } else {
            let text = line.string(min(from, to)..<max(from, to))
            let tail = text.range(of: "、", options: .backwards).map { text[$0.upperBound...] } ?? ""
            joinedTail = ["和", "及", "与"].contains(where: { tail.contains($0) })
        }
        // Members sharing their head noun (宣传组、督查组和后勤组) are three: the last 和 joins
        // two members, not two halves of one (党风和廉政).
        let joined = items.count >= 2 && joinedTail && !sharedHead(items) ? items.count - 1 : items.count
        // A、B及C、D四项: a 及 inside the list joins two more items.
        let expanded = items.count + items.dropLast().filter(holdsJi).count
        let ok = consistent ?? (items.count == n || joined == n || expanded == n)
        if !ok {
            // 党风和廉政 read as two names: the other reading agrees, so nothing is sure.
            // openFirst: A、B、C等3项 — the first item may hold the verb before the list
            // (联合公安), the last holds 等.
            let members = openFirst ? items.dropFirst().map { $0.hasSuffix("等") ? String($0.dropLast()) : $0 } : items
            guard strict, joined != n, itemised(members),
                  !openFirst || !items[0].unicodeScalars.contains(where: isFigure) else { return nil }
        }
        return ArithmeticCheck(kind: "sum", text: line.string(min(from, to)..<max(from, to)), line: line.number, column: line.column(of: min(from, to)),
                               statement: "count check: \(n) = " + items.joined(separator: " + "), consistent: ok)
    }

    private static func lastIndex(of scalar: UInt32, in line: LineText, before end: Int) -> Int? {
        var index = end - 1
        while index >= 0, end - index <= 40 { if line[index] == scalar { return index }; index -= 1 }
        return nil
    }

    private static func firstIndex(of scalar: UInt32, in line: LineText, from start: Int) -> Int? {
        var index = start
        while index < line.count, index - start <= 60 { if line[index] == scalar { return index }; index += 1 }
        return nil
    }

    /// 成立了A、B、C3个党支部和D、E2个党小组: a second list in the clause starts after the
    /// earlier count's 和/及/与/并, not at the clause start.
    static func afterEarlierCount(_ line: LineText, _ hits: [QuantityHit], from start: Int, to end: Int) -> Int {
        guard let prior = hits.last(where: { $0.start >= start && $0.end < end }),
              let joiner = (prior.end..<end).first(where: { index in
                  laterListJoiners.contains(line[index]) && !(prior.end..<index).contains { line[$0] == U.ideoComma } })
        else { return start }
        return joiner + 1
    }

    /// The joiners `split` looks for after the last 、, in order of precedence.
    /// 與 is 与 in traditional letters: `line.string` gives the raw letters (智慧醫療與永續責任四大方向).
    static let tailJoinerWords = ["以及", "和", "及", "与", "與"]
    static let tailJoiners: [[UInt32]] = tailJoinerWords.map { [UInt32](literal: $0) }
    static let pairJoiners: [UInt32] = [U.s("和"), U.s("及"), U.s("与"), U.s("與")]

    static let laterListJoiners: ScalarSet = [U.s("和"), U.s("及"), U.s("与"), U.s("并")]

    /// `item.contains("及")` — Foundation's search, by canonical equivalence — read from the
    /// scalars when every one is plain (`LineText.isPlain`), where the two agree; it ran for
    /// every item of every list the rules read (about 1 % of the check).
    /// Three or more members of two letters or more that end in the same ideograph (组, 站,
    /// 馆); a closing bracket (a figure or a gloss after each member) is no head.
    static func sharedHead(_ items: [String]) -> Bool {
        guard items.count >= 3, let head = items[0].last, head.unicodeScalars.first?.properties.isIdeographic == true,
              items.allSatisfy({ LineText.characters($0) >= 2 }) else { return false }
        return items.allSatisfy { $0.last == head }
    }

    static func holdsJi(_ item: String) -> Bool {
        var found = false
        for scalar in item.unicodeScalars {
            guard LineText.isPlain(scalar.value) else { return item.contains("及") }
            if scalar.value == 0x53CA { found = true }
        }
        return found
    }
}
