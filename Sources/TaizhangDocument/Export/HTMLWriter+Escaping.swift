extension HTMLWriter {
    static let kindName: [SourceRef.Kind: String] = [
        .entry: "台账记录", .target: "目标任务", .lastYear: "去年同期", .submission: "报送",
        .rectification: "整改事项", .plan: "计划", .note: "备注", .unit: "单位", .record: "过程记录", .query: "台账汇总",
    ]

    /// `kind:id`, with whitespace and "%" in the id percent-encoded so the
    /// space-separated data-trace list splits back unambiguously.
    static func traceToken(_ ref: SourceRef) -> String {
        if !ref.id.unicodeScalars.contains(where: { $0 == "%" || $0.properties.isWhitespace }) {
            return ref.kind.rawValue + ":" + ref.id
        }
        var id = ""
        for scalar in ref.id.unicodeScalars {
            if scalar == "%" || scalar.properties.isWhitespace {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                id += "%" + (hex.count < 2 ? "0" + hex : hex)
            } else {
                id.unicodeScalars.append(scalar)
            }
        }
        return ref.kind.rawValue + ":" + id
    }

    /// Escapes text and attribute values (& < > " ') and drops control characters (`HTMLEscape`).
    static func escape(_ s: String) -> String { HTMLEscape.attribute(s) }

    /// GB/T 9704 proportions on screen: 3号仿宋 body with a two-character indent,
    /// 黑体/楷体 headings, fonts falling back to what the reader has.
    static let css = """
    .tz-summary{max-width:42em;margin:2em auto;padding:0 1em;font:16pt/1.8 "仿宋_GB2312","仿宋",FangSong,"STFangsong","Noto Serif CJK SC",serif;color:#111}\
    .tz-title{font:22pt/1.5 "方正小标宋简体","方正小标宋_GBK","华文中宋","Noto Serif CJK SC",serif;text-align:center;margin:0 0 1em}\
    .tz-summary h2,.tz-summary h3,.tz-summary h4,.tz-summary h5{font-size:16pt;font-weight:normal;margin:0;text-indent:2em}\
    .tz-h1{font-family:"黑体",SimHei,"Noto Sans CJK SC",sans-serif}\
    .tz-h2{font-family:"楷体_GB2312","楷体",KaiTi,"STKaiti",serif}\
    .tz-p{text-indent:2em;margin:0;text-align:justify}\
    .tz-num{border-bottom:1px dotted #2a6ebb;cursor:help;color:inherit;text-decoration:none}\
    .tz-sources{margin-top:3em;font-size:11pt;line-height:1.6;border-top:1px solid #999}\
    .tz-sources h2{font-family:"黑体",SimHei,sans-serif;text-indent:0}\
    .tz-sources li:target{background:#fff3c4}\
    .tz-untraced{border-bottom-color:#c0392b}\
    .tz-table{border-collapse:collapse;margin:.5em auto;font-size:14pt}\
    .tz-table th,.tz-table td{border:1px solid #000;padding:.1em .6em;text-align:center}\
    .tz-table th{font-family:"黑体",SimHei,sans-serif;font-weight:normal}\
    .tz-table caption{font-family:"黑体",SimHei,sans-serif}\
    .tz-signature,.tz-date{text-align:right;margin:0;padding-right:2em}\
    .tz-signature{margin-top:1.8em}
    """
}

extension String {
    func replacingNewlinesWithBreaks() -> String {
        guard contains("\n") else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }
}
