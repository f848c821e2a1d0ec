import TaizhangDocument

/// The summary's blocks as editor nodes: headings with their outline labels, paragraphs
/// whose numbers are `span.tz-num` carrying their sources (`data-trace`, as TaizhangDocument's
/// HTML export writes them) and their index in `SummaryDocument.numbers` (`data-n`).
struct SummaryBlocks {
    let doc: SummaryDocument
    let t: Loc
    let labels: [String: String]
    /// Index in `doc.numbers` of each block's first number.
    let firstNumber: [String: Int]
    /// Where a number links to without JavaScript (its sources listed on the page).
    let numberLink: ((Int) -> String)?

    init(_ doc: SummaryDocument, _ t: Loc, numberLink: ((Int) -> String)? = nil) {
        self.doc = doc
        self.t = t
        self.numberLink = numberLink
        self.labels = doc.headingLabels
        var first: [String: Int] = [:], count = 0
        for block in doc.blocks {
            first[block.id] = count
            switch block {
            case .heading: break
            case .paragraph(let para): count += para.runs.numbers.count
            case .table(let tb): count += tb.rows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.numbers.count } }
            }
        }
        self.firstNumber = first
    }

    /// Sections: the opening (blocks before the first level-1 heading) and one per level-1 heading.
    var sections: [(id: String, blocks: [Block])] {
        var out: [(id: String, blocks: [Block])] = []
        for block in doc.blocks {
            if case .heading(let h) = block, h.level == 1 { out.append((h.id, [block])); continue }
            if out.isEmpty { out.append(("opening", [])) }
            out[out.count - 1].blocks.append(block)
        }
        return out
    }

    func node(_ block: Block) -> Node {
        var n = firstNumber[block.id] ?? 0
        switch block {
        case .heading(let h):
            return el("h\(min(h.level + 2, 6))", [.id(h.id), .class("tz-h\(h.level)")]) {
                span(.class("tz-label")) { labels[h.id] ?? "" }
                h.text
            }
        case .paragraph(let para):
            return p(.id(para.id), .class(para.edited ? "tz-p tz-edited" : "tz-p")) { runs(para.runs, &n) }
        case .table(let tb):
            return div(.class("tz-table-wrap")) {
                TaizhangWeb.table(.id(tb.id), .class("tz-table")) {
                    if let c = tb.caption { caption { c } }
                    thead { tr { for h in tb.header { th { h } } } }
                    tbody { for row in tb.rows { tr { for cell in row { td { runs(cell, &n) } } } } }
                }
            }
        }
    }

    func runs(_ runs: [Run], _ n: inout Int) -> [Node] {
        var out: [Node] = []
        for run in runs {
            switch run {
            case .text(let s): out.append(.text(s))
            case .number(let num):
                out.append(number(num, index: n))
                n += 1
            }
        }
        return out
    }

    private func number(_ num: TracedNumber, index: Int) -> Node {
        let tip = num.traced ? t(.traceHint) + t.paren(String(num.trace.count)) : t(.untracedNumber)
        let cls = Attribute.class(num.traced ? "tz-num" : "tz-num tz-untraced")
        let trace = Attribute.data("trace", num.trace.map(\.token).joined(separator: " "))
        // A link when the page can list sources itself, so the number opens without JavaScript too.
        if let numberLink {
            return a(cls, .href(numberLink(index)), trace, .data("n", String(index)), .title(tip)) { num.text }
        }
        return span(cls, trace, .data("n", String(index)), .title(tip), Attribute("tabindex", "0"), .role("button")) { num.text }
    }
}
