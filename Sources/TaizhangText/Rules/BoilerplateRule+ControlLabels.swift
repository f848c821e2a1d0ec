/// Eighteenth pass (chromeprobe): a document site's control label left on its own line,
/// wherever the page dropped it (正文复制, 论文部分内容阅读, 全文下载): a word naming the text as
/// the site's goods (正文, 全文, 原文, 论文, 文档, 内容 …) opening a short line of letters only, and
/// a control's verb (复制, 阅读, 下载, 打印, 预览 …) closing it, at most four letters apart. A
/// summary's line that opens on such a word goes on to say something of it (内容丰富, 文档管理
/// 规范); one that names a reading activity opens on its verb (开展…阅读), and a course joins two
/// activities (写作与阅读) — a joining word between the two is text.
extension BoilerplateRule {
    static let goodsNouns = Lexicon(["正文", "全文", "原文", "论文", "文档", "文章", "内容", "本文"])
    static let controlVerbs = Lexicon(["复制", "阅读", "下载", "打印", "预览", "查看", "收藏", "分享"])
    static let joiningWords = Lexicon(["与", "和", "及", "或", "并"])

    static func controlLabel(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 12, (start..<end).allSatisfy({ line.cls($0).contains(.ideograph) }) else { return false }
        let noun = goodsNouns.prefix(in: line.norm, at: start)
        guard noun > 0, let verb = (start + noun..<end).first(where: { controlVerbs.prefix(in: line.norm, at: $0) == end - $0 }),
              verb - start - noun <= 4 else { return false }
        return !(start + noun..<verb).contains { joiningWords.prefix(in: line.norm, at: $0) > 0 }
    }
}
