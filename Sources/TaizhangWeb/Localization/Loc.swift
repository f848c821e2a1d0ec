import TaizhangDomain

/// The strings of one language: `t(.save)` in a view gives 保存 or Save.
struct Loc: Sendable {
    let lang: Language
    init(_ lang: Language) { self.lang = lang }

    func callAsFunction(_ key: Key) -> String {
        guard let pair = Strings.table[key] else { return key.rawValue }
        return lang == .zh ? pair.zh : pair.en
    }

    /// Picks between two texts the caller already has in both languages (names from the catalog).
    func pick(zh: String, en: String) -> String { lang == .zh || en.isEmpty ? zh : en }

    /// `<html lang>` value.
    var htmlLang: String { lang == .zh ? "zh-CN" : "en" }
}

/// The one table of UI strings, assembled from one list per area of the app.
public enum Strings {
    public struct Pair: Sendable { public let zh: String; public let en: String }

    /// Each area's list, kept apart so a test can check no key is defined twice.
    static let areas: [[(Key, String, String)]] = [
        common, layout, home, ledger, submissions, supervisor, checker, summaries, process, audit, admin, account, service,
    ]

    static let table: [Key: Pair] = {
        var t: [Key: Pair] = [:]
        for area in areas { for (k, zh, en) in area { t[k] = Pair(zh: zh, en: en) } }
        return t
    }()

    /// Both texts of `key` (nil when the key has no entry; a test keeps that from happening).
    public static func pair(_ key: Key) -> Pair? { table[key] }
}

/// Punctuation differs too: full-width in Chinese, ASCII with spaces in English.
extension Loc {
    var colon: String { lang == .zh ? "：" : ": " }
    var comma: String { lang == .zh ? "，" : ", " }
    var semicolon: String { lang == .zh ? "；" : "; " }
    /// Between items of a list of names: 东湖街道、白石镇 / East Lake, Baishi.
    var listSeparator: String { lang == .zh ? "、" : ", " }
    /// "（3）" / " (3)".
    func paren(_ s: String) -> String { lang == .zh ? "（" + s + "）" : " (" + s + ")" }
}

extension Loc {
    /// 本期应报5，已报3，未报2 / Expected 5, filed 3, missing 2.
    func rollCall(expected: Int, filed: Int) -> String {
        lang == .zh ? "本期应报\(expected)，已报\(filed)，未报\(expected - filed)"
            : "Expected \(expected), filed \(filed), not yet filed \(expected - filed)"
    }

    /// 向2个未报送单位发送提醒？ / Send a reminder to the 2 units that have not reported?
    func remindQuestion(_ n: Int) -> String {
        lang == .zh ? "向\(n)个未报送单位发送提醒？" : "Send a reminder to the \(n) unit\(n == 1 ? "" : "s") that have not reported?"
    }

    /// 第12行 / line 12.
    func lineNumber(_ n: Int) -> String { lang == .zh ? "第\(n)行" : "line \(n)" }

    /// 第2页／共5页 / Page 2 of 5.
    func pageOf(_ n: Int, _ count: Int) -> String { lang == .zh ? "第\(n)页／共\(count)页" : "Page \(n) of \(count)" }
}
