/// Eighteenth pass (chromeprobe): chrome lines that read the same wherever a page leaves them —
/// found by transplanting dev's chrome into other documents, where the lines the position
/// rules had caught (under a title, in a footer run) were missed between body paragraphs.
///
/// - A newspaper's credit with the paper's name before the role (`mediaReporterLine`): up to
///   eight letters ending on a word of the press (报, 社, 台, 网, 媒体), a news role, a space,
///   one to three names (牡丹晚报全媒体记者 胡云华). The plain form (记者 张三) is `reporterLine`.
///   Without the space (中央媒体记者采访报道) it is a sentence.
/// - A page's credit with a slash (`slashCredit`): at most two letters (本版), a role of page
///   making (制图, 摄影, 责编, 美编, 校对, 编辑, 文, 图, 摄), a slash, and one to three names of two to
///   four letters (本版制图/张昕, 摄影/李四 王五). A summary writes 编辑出版 or 文图并茂, never a role
///   and a name apart by a slash on a line of its own; another role after the slash (文/图) is
///   the strong lexicon's.
/// - A separator left alone (`separatorLine`): a line of vertical bars only (|, ｜), what a
///   link row leaves when its links are stripped. A document's table keeps its cells.
extension BoilerplateRule {
    static let pressWords = Lexicon(["报", "社", "台", "网", "媒体"])
    static let pageRoles = Lexicon(["制图", "摄影", "责编", "美编", "校对", "编辑", "文", "图", "摄"])
    static let verticalBars: Set<UInt32> = [0x7C, 0xFF5C, 0xA6]

    static func mediaReporterLine(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 5, end - start <= 30, line.mask.contains(.space), !line.mask.contains(.digit) else { return false }
        // The role after the paper's name; the name ends on a word of the press right before it.
        guard let role = (start + 1...min(start + 8, end - 1)).first(where: { reporterRoles.prefix(in: line.norm, at: $0) > 0 }),
              (start..<role).allSatisfy({ line.cls($0).contains(.ideograph) }),
              (max(start, role - 2)..<role).contains(where: { pressWords.prefix(in: line.norm, at: $0) == role - $0 }) else { return false }
        return reporterLine(line, role, end)
    }

    static func slashCredit(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 4, end - start <= 24, !line.mask.contains(.digit), !line.mask.contains(.latin) else { return false }
        guard let slash = (start + 1..<min(start + 5, end)).first(where: { line[$0] == U.slash }) else { return false }
        // The role closes right before the slash, after at most two letters of the page's own (本版).
        guard let role = (max(start, slash - 4)..<slash).first(where: { pageRoles.prefix(in: line.norm, at: $0) == slash - $0 }),
              role - start <= 2, (start..<slash).allSatisfy({ line.cls($0).contains(.ideograph) }) else { return false }
        var cursor = slash + 1, names = 0
        while cursor < end {
            while cursor < end, line.cls(cursor).contains(.space) || line[cursor] == U.s("、") { cursor += 1 }
            let from = cursor
            while cursor < end, line.cls(cursor).contains(.ideograph) { cursor += 1 }
            guard cursor > from, (2...4).contains(cursor - from), pageRoles.prefix(in: line.norm, at: from) == 0 else { return false }
            guard cursor == end || line.cls(cursor).contains(.space) || line[cursor] == U.s("、") else { return false }
            names += 1
        }
        return (1...3).contains(names)
    }

    static func separatorLine(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        end > start && (start..<end).allSatisfy { verticalBars.contains(line[$0]) || line.cls($0).contains(.space) }
    }
}
