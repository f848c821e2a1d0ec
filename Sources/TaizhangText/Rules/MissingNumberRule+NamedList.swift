extension MissingNumberRule {
    /// 对红花套、高坝洲、枝城等5个乡镇: a 、-list that ends in 等 and a count names its members;
    /// a measure letter closing one of them is the last letter of a name (红花套, 马家台), not a
    /// count whose figure went (missing15, e07). Read from the 、 after the measure over names
    /// (ideographs and 、 only, each at most four letters) to 等 and a figure or numeral.
    static func endsCountedNameList(_ line: LineText, from comma: Int) -> Bool {
        guard line[comma] == U.ideoComma else { return false }
        var position = comma + 1, item = 0
        while position < min(line.count, comma + namedListReach) {
            if line[position] == U.s("等") {
                return item > 0 && (line.cls(position + 1).contains(.digit) || line.cls(position + 1).contains(.cjkNumeral))
            }
            guard line.cls(position).contains(.ideograph) || line[position] == U.ideoComma else { return false }
            // Names are short (2–4 letters: 高坝洲, 枝城); a longer item is a clause (发放资料份).
            item = line[position] == U.ideoComma ? 0 : item + 1
            guard item <= namedItemLength else { return false }
            position += 1
        }
        return false
    }
    static let namedListReach = 40
    static let namedItemLength = 4
}

extension MissingNumberRule {
    /// 西湾、中牌、园艺场、新华、东湾村: a measure letter closing a short item of a 、-list of names is the
    /// last letter of a name (a farm 场, a station 台), not a count whose figure went — when the item
    /// follows a 、 (and ends the list or precedes another 、) and at least two of its neighbours are
    /// short names too (letters only, no figure, none closed by a measure that makes no word). A list of deleted counts keeps the measure on
    /// every item (网吧家、宾馆家、超市家) or a figure on its neighbours (讲座次、培训3期), and is read.
    static func closesListedName(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let closing = line[end]
        guard closing == U.ideoComma || closing == U.comma || closing == U.ideoStop || closing == U.semicolon else { return false }
        var first = start
        while first > 0, end - first < namedItemLength, line.cls(first - 1).contains(.ideograph),
              !numeralLike.contains(line[first - 1]) { first -= 1 }
        guard first < start, line[first - 1] == U.ideoComma else { return false }
        // The last item (饲养场;) has its neighbours before it only.
        let after = closing == U.ideoComma ? listedNames(line, from: end, step: 1) : 0
        return listedNames(line, from: first - 1, step: -1) + after >= 2
    }

    /// How many short names stand one after another from the 、 at `comma` (read away from the item;
    /// the line's start or end closes a list as punctuation does).
    private static func listedNames(_ line: LineText, from comma: Int, step: Int) -> Int {
        var names = 0, cursor = comma, items = 0
        while items < listReach {
            items += 1
            var position = cursor + step, length = 0
            while position >= 0, position < line.count, line.cls(position).contains(.ideograph), length <= namedItemLength {
                position += step; length += 1
            }
            guard length >= 1, length <= namedItemLength else { break }
            let edge = position < 0 || position >= line.count
            let stop = edge ? U.ideoStop : line[position]
            guard stop == U.ideoComma || stop == U.comma || stop == U.ideoStop || stop == U.semicolon || stop == U.colon else { break }
            // A neighbour closed by a measure that makes no word (宾馆家) may be a count of its own: it
            // counts for no name (a list of counts has no names), but the list reads on past it.
            let itemEnd = step > 0 ? position : cursor
            let measure = clauseEndMeasures.suffix(in: line.norm, endingAt: itemEnd)
            if measure == 0 || wordsEndingInMeasure.suffix(in: line.norm, endingAt: itemEnd) > measure { names += 1 }
            guard !edge, stop == U.ideoComma else { break }
            cursor = position
        }
        return names
    }
    static let listReach = 6
}
