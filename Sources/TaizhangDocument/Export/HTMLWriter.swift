/// HTML export. Everything is escaped; every traced number is a
/// `<span class="tz-num" data-trace="entry:12 entry:15">` so the UI can open
/// the entries behind it. No script: the page works as a static file.
public struct HTMLWriter: Sendable {
    /// How many sources the hover title lists before "等N项".
    public var titleLimit: Int

    public init(titleLimit: Int = 12) {
        self.titleLimit = titleLimit
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
                out += "<p id=\"\(id)\" class=\"tz-p\(p.edited ? " tz-edited" : "")\">" + runs(p.runs) + "</p>\n"
            case .table(let t):
                tableNumber += 1
                out += table(t, id: id, number: tableNumber)
            }
        }
        out += "<p class=\"tz-signature\">\(Self.escape(document.signature))</p>\n"
        out += "<p class=\"tz-date\">\(Self.escape(document.date.chinese))</p>\n</article>\n"
        return out
    }

    func runs(_ runs: [Run]) -> String {
        runs.map { run in
            switch run {
            case .text(let s): Self.escape(s).replacingNewlinesWithBreaks()
            case .number(let n): number(n)
            }
        }.joined()
    }

    func number(_ n: TracedNumber) -> String {
        let trace = n.trace.map(Self.traceToken).joined(separator: " ")
        let shown = n.trace.prefix(titleLimit).map { "\(Self.kindName[$0.kind] ?? $0.kind.rawValue)\($0.id)" }
        var title = n.traced ? "来源：" + shown.joined(separator: "、") : "已手工修改，不再对应台账数据"
        if n.traced && n.trace.count > titleLimit { title += "等\(n.trace.count)项" }
        return "<span class=\"tz-num\(n.traced ? "" : " tz-untraced")\" data-trace=\"\(Self.escape(trace))\""
            + " data-value=\"\(Self.escape(String(n.value)))\" data-unit=\"\(Self.escape(n.unit))\""
            + " title=\"\(Self.escape(title))\">\(Self.escape(n.text))</span>"
    }

    private func table(_ t: Table, id: String, number: Int) -> String {
        var out = "<table id=\"\(id)\" class=\"tz-table\">\n"
        if let caption = t.caption { out += "<caption>表\(number)　\(Self.escape(caption))</caption>\n" }
        out += "<thead><tr>" + t.header.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for cells in t.rows { out += "<tr>" + cells.map { "<td>\(runs($0))</td>" }.joined() + "</tr>\n" }
        return out + "</tbody>\n</table>\n"
    }
}
