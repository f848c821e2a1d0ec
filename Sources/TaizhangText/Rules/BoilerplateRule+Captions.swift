/// Chrome21 (series zf, chrome-wild7): what a news page leaves around its pictures and its
/// related links, told by the credit's grammar and the line's place, never by a site's words.
///
/// - A photo's caption (`photoCaption`): a line that closes on the photographer's credit — a news
///   role, a name of two or three letters and 摄, the role after a sentence's end or the line's
///   start, a medium of at most four letters before it (`分红大会现场。人民网记者 苗子健摄`,
///   `…作业,。新華社記者王全超攝`, `…討論。（記者黃宜靜攝）`, `本报记者 胡光华摄`). A summary never
///   signs a sentence with a photographer: the picture above it is gone and its words are the
///   page's. Longer than 160 letters the line is a paragraph, not a caption: left.
/// - A stock-photo tag alone on its line (`【资料图】`, `(资料图)`, `（資料照）`): the picture's label.
/// - A picture's file name left where the picture was (`imageFileName`): one token of Latin letters,
///   digits, `_` and `-` closing on an image's extension (`1_7c152b919c484011af45162e8999d157.jpg`).
///   A document names its attachments with words (附件:…照片.jpg), not with a bare hash.
/// - A byline row (`bylineRow`): a medium of at most three letters, a news role and one to three
///   names joined by 、 (or `,、`), nothing else (`新華社記者蔡瀟瀟,、王昕怡,、張曉迎`, `记者路通`); the
///   first name opens on a common surname, so a heading that names reporters as a group
///   (`新闻记者培训`, `记者团队建设`) stays.
/// - The posting unit after dashes (`dashedPoster`): `----季景站` right under the page's date row and
///   before any sentence — two dashes or more, then a unit's name of two to eight letters, alone.
///   A document's own signature (——某某镇人民政府) stands after its text; a speech's subtitle under
///   its title (——2024年8月29日在…会议上) holds figures.
/// - A related-news item (`relatedItem`): `- ` and a title of at most 60 letters without a clause
///   mark, right under a line the page's chrome filled whole (`更多`, `熱點推薦更多>>`, or the item
///   before it) — a summary's own dashed list follows its text, not the site's links.
extension BoilerplateRule {
    static let shot = U.s("摄")
    static let stockPhotos = Lexicon(["资料图", "资料照", "资料照片", "资料图片"])
    // 〈 〉 too (chrome22): a Taiwan paper's caption closes on `…同樂。〈記者吳素珍攝〉`.
    static let openers: Set<UInt32> = [U.lparen, U.lbracket, 0x3010, U.langleCJK]
    static let closers: Set<UInt32> = [U.rparen, U.rbracket, 0x3011, U.rangleCJK]

    func pictureResidue(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        let whole = { (zh: String, en: String) in
            Hit(kind: .boilerplate, severity: .warning, start: 0, end: line.count, message: zh, en: en, text: line.text)
        }
        if BoilerplateRule.pictureLine(line, start, end) {
            return whole("网页残留:图片说明(摄影署名)", "Web residue: a photo caption with the photographer's credit")
        }
        if BoilerplateRule.bylineRow(line, start, end) || !proseSeen && BoilerplateRule.namesAlone(line, start, end) {
            return whole("网页残留:新闻署名(记者、通讯员)", "Web residue: the news site's byline (reporter)")
        }
        if chromeBefore, !proseSeen, BoilerplateRule.dashedPoster(line, start, end) {
            return whole("网页残留:发布单位署名", "Web residue: the posting unit's credit")
        }
        if chromeBefore, BoilerplateRule.relatedItem(line, start, end) {
            return whole("网页残留:相关新闻链接", "Web residue: a related-news link")
        }
        return nil
    }

    /// A line that stood under or for a picture (caption, stock tag, file name): the body goes on after it.
    static func pictureLine(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        photoCaption(line, start, end) || stockPhotoTag(line, start, end) || imageFileName(line, start, end)
            || triangleCaption(line, start, end)
    }

    static func photoCaption(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 5, end - start <= 160, line.mayContain(shot) else { return false }
        let bracketed = closers.contains(line[end - 1])
        let close = bracketed ? end - 1 : end
        guard line[close - 1] == shot else { return false }
        // The role, then (a space and) a name of two or three letters, then 摄.
        for role in stride(from: close - 3, through: max(start, close - 12), by: -1) {
            let length = reporterRoles.prefix(in: line.norm, at: role)
            guard length > 0 else { continue }
            var name = role + length, nameEnd = close - 1
            while name < nameEnd, line.cls(name).contains(.space) { name += 1 }
            while nameEnd > name, line.cls(nameEnd - 1).contains(.space) { nameEnd -= 1 }
            guard (2...3).contains(nameEnd - name),
                  (name..<nameEnd).allSatisfy({ line.cls($0).contains(.ideograph) && !line.cls($0).contains(.cjkNumeral) }) else { return false }
            // A medium of at most four letters before the role (人民网, 新华社, 本报).
            var medium = role
            while medium > start, role - medium < 4, line.cls(medium - 1).contains(.ideograph) { medium -= 1 }
            guard medium == start || !line.cls(medium - 1).contains(.ideograph) else { return false }
            if bracketed { return medium > start && openers.contains(line[medium - 1]) }
            return medium == start || line.cls(medium - 1).contains(.sentenceEnd) || line.cls(medium - 1).contains(.space)
                || line[medium - 1] == U.ideoStop
        }
        return false
    }

    static func stockPhotoTag(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard (5...8).contains(end - start), openers.contains(line[start]), closers.contains(line[end - 1]) else { return false }
        return stockPhotos.prefix(in: line.norm, at: start + 1) == end - start - 2
    }

    static func bylineRow(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 30, !line.mask.contains(.digit), !line.mask.contains(.latin) else { return false }
        var cursor = start
        while cursor < end, cursor - start < 3, reporterRoles.prefix(in: line.norm, at: cursor) == 0,
              line.cls(cursor).contains(.ideograph) { cursor += 1 }
        let role = reporterRoles.prefix(in: line.norm, at: cursor)
        guard role > 0 else { return false }
        cursor += role
        var names = 0
        while cursor < end {
            while cursor < end, line.cls(cursor).contains(.space) || line[cursor] == U.ideoComma || line[cursor] == U.comma { cursor += 1 }
            guard cursor < end else { break }
            let name = cursor
            while cursor < end, line.cls(cursor).contains(.ideograph) { cursor += 1 }
            guard cursor == end || line.cls(cursor).contains(.space) || line[cursor] == U.ideoComma || line[cursor] == U.comma,
                  BylineShape.isName(line, name, cursor, anySurname: names > 0) else { return false }
            names += 1
        }
        return (1...3).contains(names)
    }

    static func relatedItem(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 4, end - start <= 62, line[start] == U.hyphen, line.cls(start + 1).contains(.space),
              line.mask.contains(.ideograph) else { return false }
        return !(start + 2..<end).contains { index in
            let scalar = line[index]
            return line.cls(index).contains(.sentenceEnd) || scalar == U.comma || scalar == U.semicolon || scalar == U.colon
        }
    }

    static let imageExtensions = ["jpg", "jpeg", "png", "gif", "webp", "bmp"].map { [UInt32](literal: "." + $0) }

    static func imageFileName(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 8, end - start <= 80, line.mask.contains(.latin), !line.mask.contains(.ideograph) else { return false }
        guard let dot = (start..<end).last(where: { line[$0] == U.dot }),
              imageExtensions.contains(where: { $0.count == end - dot && line.matches($0, at: dot) }) else { return false }
        return (start..<dot).allSatisfy { index in
            line.cls(index).contains(.latin) || line.cls(index).contains(.digit) || line[index] == U.underscore || line[index] == U.hyphen
        }
    }

    static func dashedPoster(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var name = start
        while name < end, line[name] == U.hyphen || line[name] == U.emDash || line[name] == U.enDash { name += 1 }
        guard name - start >= 2, (2...8).contains(end - name), BylineShape.isUnitEnd(line[end - 1]) else { return false }
        return (name..<end).allSatisfy { line.cls($0).contains(.ideograph) && !line.cls($0).contains(.cjkNumeral) }
    }
}
