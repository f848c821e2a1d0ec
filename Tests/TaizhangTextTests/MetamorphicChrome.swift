import Foundation
@testable import TaizhangText

/// Helpers of the transplanted-chrome probe (MetamorphicChromeTests): one dev document's gold
/// chrome lines, the body of another, the layouts a transplant is tried in, and a rough label
/// of what a chrome line is (for the printed table only; the checker never sees the labels).
enum MetamorphicChrome {
    /// A dev document as the probe uses it: its lines (line 1, `source:`, blanked), the lines
    /// gold names as boilerplate (0-based), and the lines the checker reports as boilerplate.
    struct Document {
        let name: String
        let lines: [String]
        let gold: Set<Int>
        let reported: Set<Int>

        init(text url: URL, gold goldURL: URL) throws {
            name = url.lastPathComponent
            lines = try MetamorphicText.lines(of: url)
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            let placed = GoldEvaluation.placeBoilerplate(gold.boilerplate, in: FixtureText(lines.joined(separator: "\n")))
            self.gold = Set(placed.compactMap { $0.0.map { $0 - 1 } })
            reported = MetamorphicChrome.boilerplateLines(of: lines, path: url.lastPathComponent)
        }

        private func isBlank(_ index: Int) -> Bool { lines[index].trimmingCharacters(in: .whitespaces).isEmpty }

        /// The gold lines above the first body line (blank lines skipped): the page's head.
        var head: [Int] {
            var block: [Int] = []
            for index in lines.indices where !isBlank(index) {
                guard gold.contains(index) else { break }
                block.append(index)
            }
            return block
        }

        /// The gold lines below the last body line: the page's tail.
        var tail: [Int] {
            var block: [Int] = []
            for index in lines.indices.reversed() where !isBlank(index) {
                guard gold.contains(index) else { break }
                block.insert(index, at: 0)
            }
            return block
        }

        /// The lines that are neither gold chrome nor chrome the checker already reports:
        /// the body a transplant goes into (its reported lines left out so that precision
        /// counts only what the transplant changes).
        var body: [String] {
            lines.indices.filter { !gold.contains($0) && !reported.contains($0) }.map { lines[$0] }
        }
    }

    enum Layout: String, CaseIterable {
        case asWritten = "as written", blankLines = "blank lines", noBlankLines = "no blank lines", traditional

        /// The lines laid out: every line apart (web text pasted with empty paragraphs), all
        /// run together, or as written in traditional characters. Each line keeps its tag.
        func apply<Tag>(_ lines: [(String, Tag)], blank: Tag) -> [(String, Tag)] {
            let filled = lines.filter { !$0.0.trimmingCharacters(in: .whitespaces).isEmpty }
            switch self {
            case .asWritten: return lines
            case .blankLines: return filled.flatMap { [$0, ("", blank)] }
            case .noBlankLines: return filled
            case .traditional: return lines.map { (MetamorphicChrome.traditional($0.0), $0.1) }
            }
        }
    }

    /// 0-based lines reported as boilerplate.
    static func boilerplateLines(of lines: [String], path: String) -> Set<Int> {
        let report = Checker.check(text: lines.joined(separator: "\n"), path: path)
        return Set(report.findings.filter { $0.kind == .boilerplate }.map { $0.line - 1 })
    }

    /// Simplified → traditional, the first traditional form of each simplified character in
    /// the checker's own table (one to one, so the text keeps its length).
    static let toTraditional: [Character: Character] = {
        var map: [Character: Character] = [:]
        for chunk in TraditionalChinese.pairs {
            let characters = Array(chunk)
            for index in stride(from: 0, to: characters.count - 1, by: 2) where map[characters[index + 1]] == nil {
                map[characters[index + 1]] = characters[index]
            }
        }
        return map
    }()

    static func traditional(_ line: String) -> String { String(line.map { toTraditional[$0] ?? $0 }) }

    /// The label prefix of chrome that is chrome only in its own document (left out of the floors).
    static let contextBound = "context-bound: "

    /// A rough label of a chrome line, for the printed table: by the characters it is made of.
    static func kind(of line: String) -> String {
        let text = line.trimmingCharacters(in: .whitespaces)
        func has(_ words: [String]) -> Bool { words.contains { text.contains($0) } }
        let digits = text.filter(\.isNumber).count
        // Chrome only where it stands: a title (the page's copy of the text's title, a
        // collection's title — in another document's head it is that document's title; gold
        // keeps a text's first title as body), and a numbered chunk of a preview (chrome as one
        // of a run after the site's banner).
        if text.count <= 50, !has(["，", "。", ",", ";", "；", ":", "：", ">"]),
           has(["总结", "總結", "报告", "報告", "计划", "計劃", "汇报", "匯報", "小结", "小結", "打算", "设想", "設想", "思路", "安排"]) {
            return contextBound + "title"
        }
        if text.count > 40, let first = text.first, first.isNumber, text.dropFirst().first == "、" || text.dropFirst().first == "." {
            return contextBound + "page chunk"
        }
        // Twenty-first pass: a site's table of contents (a bare heading, (一)… or 一、…: chrome only
        // above a text whose headings it lists) and a credit in brackets closing the last paragraph
        // (ideographs only, right after a sentence end: chrome only after the last sentence).
        let numerals = "一二三四五六七八九十"
        let characters = Array(text)
        let bareHeading = characters.count >= 4 && characters.count <= 40 && !has(["。", "，", ","])
            && ((characters[0] == "(" || characters[0] == "（") && numerals.contains(characters[1]) && (characters[2] == ")" || characters[2] == "）")
                || numerals.contains(characters[0]) && characters[1] == "、")
        if bareHeading { return contextBound + "contents entry" }
        // Twenty-sixth pass (chrome20): a bare figure (`2`, `1`) is a printed page number only by its
        // place — counting up with the pages, or first above the title (`PageNumbers`) — and a
        // credit in brackets alone on its line (`(編輯 杜林杰)`) closes the text only after its
        // last paragraph (`ClosingByline`): between another text's paragraphs neither is chrome.
        if (1...3).contains(characters.count), characters.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return contextBound + "bare page number"
        }
        if characters.count >= 4, characters.count <= 20, characters.first == "(" || characters.first == "（",
           characters.last == ")" || characters.last == "）",
           characters.dropFirst().dropLast().allSatisfy({ $0 == " " || $0 == "、" || ("\u{4E00}"..."\u{9FFF}").contains($0) }) {
            return contextBound + "closing credit"
        }
        if characters.count > 20, characters.last == ")" || characters.last == "）",
           let open = characters.lastIndex(where: { $0 == "(" || $0 == "（" }), open > 0, "。!?！？".contains(characters[open - 1]),
           characters[(open + 1)..<(characters.count - 1)].allSatisfy({ $0 == " " || $0 == "、" || ("\u{4E00}"..."\u{9FFF}").contains($0) }) {
            return contextBound + "closing credit"
        }
        if has([">", "›", "»", "＞", "首页", "当前位置", "您的位置"]) { return "breadcrumb" }
        if has(["下载", "VIP", "会员", "付费", "复制", "全文", "登录", "扫码", "版权", "侵权", "举报"]) { return "paywall/download/rights" }
        if has(["页"]) && digits > 0 && text.count <= 16 || text.allSatisfy({ $0.isNumber || $0 == "/" || $0 == "-" || $0 == " " }) { return "page number" }
        if has(["上传", "作者", "来源", "发布", "编辑", "责任", "分享", "收藏"]) { return "uploader/metadata" }
        if has(["浏览", "阅读", "点击", "次", "日期", "时间"]) || digits >= 6 && text.count <= 30 { return "counter/date" }
        if has(["篇", "范文", "合集", "大全", "精选", "模板", "汇编", "相关", "推荐", "热门"]) { return "collection/related title" }
        if text.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "｜" || $0 == "\t" }).count >= 3 { return "nav/link row" }
        return "other"
    }
}
