/// Names of template and document sites alone on a short line (eighth pass, chrome6), by
/// their form: a word for the texts they sell (范文, 文秘, 作文, 范本, 公文, 总结, 文档, 资料)
/// followed by a site noun (网, 之家): 工作总结之家, 第一范文网 — the page's header or footer.
/// Not a unit's own website (门户网站, 政务网: `WebChrome.general`); at most 12 letters, no
/// punctuation, no outline marker (三、建设职工之家 is a heading).
extension BoilerplateRule {
    static let siteWords = Lexicon(["范文", "文秘", "作文", "范本", "公文", "总结", "文档", "资料", "文库", "写作"])

    func siteName(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        let net = U.s("网")
        guard end - start <= 12, line[end - 1] == net || line[end - 1] == U.s("家"),
              !line.mask.contains(.clauseBreak), !line.mask.contains(.sentenceEnd), HeadingParser.parse(line) == nil else { return nil }
        do {
            let suffix = line[end - 1] == net ? 1 : end - start > 2 && line[end - 2] == U.s("之") && line[end - 1] == U.s("家") ? 2 : 0
            if suffix > 0, BoilerplateRule.siteWords.suffix(in: line.norm, endingAt: end - suffix) > 0 {
                return Hit(kind: .boilerplate, severity: .warning, start: 0, end: line.count, message: "网页残留:范文网站名称",
                           en: "Web residue: the name of a template site", text: line.text)
            }
        }
        return nil
    }
}
