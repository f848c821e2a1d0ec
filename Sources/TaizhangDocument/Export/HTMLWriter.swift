/// HTML export. Everything is escaped; every traced number is a
/// `<span class="tz-num" data-trace="entry:12 entry:15">` so the UI can open
/// the entries behind it. No script: the page works as a static file.
///
/// With `sources` (trace token → what the source is, e.g. "“端午汇演”（2024年6月10日，
/// 城关街道）：文艺演出2场"), each number links to a "数据来源" list at the end that names
/// its sources, so a reader of the exported file opens a number and sees its entries.
public struct HTMLWriter: Sendable {
    /// How many sources the hover title lists before "等N项".
    public var titleLimit: Int
    /// Descriptions of the sources by trace token (`SourceRef.token`); empty: ids only.
    public var sources: [String: String]
    /// How many sources the appendix lists per number before "等N项".
    public var appendixLimit: Int

    public init(titleLimit: Int = 12, sources: [String: String] = [:], appendixLimit: Int = 100) {
        self.titleLimit = titleLimit
        self.sources = sources
        self.appendixLimit = appendixLimit
    }

    /// A complete page.
    public func html(for document: SummaryDocument) -> String {
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(Self.escape(document.title))</title>\n<style>\(Self.css)</style>\n</head>\n<body>\n"
            + fragment(for: document) + "</body>\n</html>\n"
    }

    /// The `<article>` alone, for embedding in the app.
    public func fragment(for document: SummaryDocument) -> String {
        let counter = Counter()
        var out = "<article class=\"tz-summary\">\n<h1 class=\"tz-title\">\(Self.escape(document.title))</h1>\n"
        var numbering = OutlineNumbering()
        var tableNumber = 0
        for block in document.blocks {
            let id = Self.escape(block.id)
            switch block {
            case .heading(let h):
                let tag = "h\(h.level + 1)"
                out += "<\(tag) id=\"\(id)\" class=\"tz-h\(h.level)\"><span class=\"tz-label\">"
                    + Self.escape(numbering.next(level: h.level)) + "</span>" + Self.escape(h.text) + "</\(tag)>\n"
            case .paragraph(let p):
                out += "<p id=\"\(id)\" class=\"tz-p\(p.edited ? " tz-edited" : "")\">" + runs(p.runs, counter) + "</p>\n"
            case .table(let t):
                tableNumber += 1
                out += table(t, id: id, number: tableNumber, counter)
            }
        }
        out += "<p class=\"tz-signature\">\(Self.escape(document.signature))</p>\n"
        out += "<p class=\"tz-date\">\(Self.escape(document.date.chinese))</p>\n"
        if !sources.isEmpty { out += appendix(document.numbers) }
        return out + "</article>\n"
    }

    /// "数据来源": per number, in reading order, what it was computed from.
    func appendix(_ numbers: [TracedNumber]) -> String {
        var out = "<section class=\"tz-sources\">\n<h2>数据来源</h2>\n<ol>\n"
        for (i, n) in numbers.enumerated() {
            let names = n.trace.prefix(appendixLimit).map { Self.escape(sources[$0.token] ?? Self.fallbackName($0)) }
            let more = n.trace.count > appendixLimit ? "等\(n.trace.count)项" : ""
            let state = n.traced ? "" : "（已手工修改，不再对应台账数据）"
            out += "<li id=\"tz-src-\(i)\"><b>\(Self.escape(n.text))</b>\(state)：" + names.joined(separator: "；") + more + "</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    static func fallbackName(_ ref: SourceRef) -> String { "\(kindName[ref.kind] ?? ref.kind.rawValue)\(ref.id)" }

    /// Numbers in reading order (the order of `SummaryDocument.numbers`).
    final class Counter { var next = 0 }

    func runs(_ runs: [Run], _ counter: Counter) -> String {
        runs.map { run in
            switch run {
            case .text(let s): return Self.escape(s).replacingNewlinesWithBreaks()
            case .number(let n):
                defer { counter.next += 1 }
                return number(n, index: counter.next)
            }
        }.joined()
    }

    func number(_ n: TracedNumber, index: Int) -> String {
        let trace = n.trace.map(Self.traceToken).joined(separator: " ")
        let shown = n.trace.prefix(titleLimit).map { sources[$0.token] ?? Self.fallbackName($0) }
        var title = n.traced ? "来源：" + shown.joined(separator: "、") : "已手工修改，不再对应台账数据"
        if n.traced && n.trace.count > titleLimit { title += "等\(n.trace.count)项" }
        let tag = sources.isEmpty ? "span" : "a"
        let link = sources.isEmpty ? "" : " href=\"#tz-src-\(index)\""
        return "<\(tag) class=\"tz-num\(n.traced ? "" : " tz-untraced")\"\(link) data-n=\"\(index)\" data-trace=\"\(Self.escape(trace))\""
            + " data-value=\"\(Self.escape(String(n.value)))\" data-unit=\"\(Self.escape(n.unit))\""
            + " title=\"\(Self.escape(title))\">\(Self.escape(n.text))</\(tag)>"
    }

    private func table(_ t: Table, id: String, number: Int, _ counter: Counter) -> String {
        var out = "<table id=\"\(id)\" class=\"tz-table\">\n"
        if let caption = t.caption { out += "<caption>表\(number)　\(Self.escape(caption))</caption>\n" }
        out += "<thead><tr>" + t.header.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for cells in t.rows { out += "<tr>" + cells.map { "<td>\(runs($0, counter))</td>" }.joined() + "</tr>\n" }
        return out + "</tbody>\n</table>\n"
    }
}
