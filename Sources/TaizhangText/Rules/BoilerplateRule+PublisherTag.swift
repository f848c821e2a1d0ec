/// A publisher's tag glued after a paragraph's last sentence, set apart by a space (twentieth
/// pass, zfix): …增长16.38%。 某某图鉴社 / …的一年。 某某新闻网. A document closes its paragraph
/// with the stop; a name after it with no punctuation of its own, ending in a noun of a
/// publisher (网, 站, 社, 报, 刊, 台), is the page's tag. `RepeatedTails` finds such tags when
/// they repeat; this reads one alone. Co-operatives (合作社, 联社) and government units sign
/// their own texts, so their names are not taken; nor is a tail with a figure or a numeral
/// (a date), nor a line too short to hold a paragraph before it.
extension BoilerplateRule {
    static let publisherEnds = ScalarSet("网站社报刊台".unicodeScalars.map(\.value))
    static let signingSocieties = Lexicon(["合作社", "联社"])
    static let tagLetters = 4...16
    static let paragraphBefore = 20

    static func publisherTag(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        guard end - start > paragraphBefore, publisherEnds.contains(line[end - 1]),
              signingSocieties.suffix(in: line.norm, endingAt: end) == 0 else { return nil }
        var tagStart = end
        while tagStart > start, line.cls(tagStart - 1).contains(.ideograph), !line.cls(tagStart - 1).contains(.cjkNumeral) { tagStart -= 1 }
        guard tagLetters.contains(end - tagStart), tagStart - start > paragraphBefore, line.cls(tagStart - 1).contains(.space) else { return nil }
        var stop = tagStart - 1
        while stop > start, line.cls(stop).contains(.space) { stop -= 1 }
        guard line.cls(stop).contains(.sentenceEnd) else { return nil }
        return Hit(kind: .boilerplate, severity: .warning, start: tagStart, end: end, message: "网页残留:段末的网站标记",
                   en: "Web residue: a site's tag after the paragraph")
    }
}
