import Foundation
import TaizhangDomain

/// Locale-independent formatting: the same model gives the same bytes on every
/// machine (Foundation's formatters depend on the host's ICU data and locale).
enum Fmt {
    static let monthsEn = ["January", "February", "March", "April", "May", "June", "July",
                           "August", "September", "October", "November", "December"]

    /// 2024年6月30日 / 30 June 2024.
    static func date(_ d: CivilDate, _ lang: Language) -> String {
        lang == .zh ? d.chinese : "\(d.day) \(monthsEn[d.month - 1]) \(d.year)"
    }

    /// 2024年6月30日 14:05 / 30 June 2024 14:05.
    static func stamp(_ s: Stamp, _ lang: Language) -> String {
        date(s.date, lang) + " " + pad2(s.hour) + ":" + pad2(s.minute)
    }

    static func period(_ p: Period, _ lang: Language) -> String { p.label(lang) }

    /// Whole numbers without decimals; others with up to `digits` decimals, trailing zeros cut.
    /// No thousands separators: Chinese official writing does not use them.
    static func number(_ v: Double, digits: Int = 2) -> String {
        guard v.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(v) * scale).rounded()
        let sign = v < 0 && scaled > 0 ? "-" : ""
        let whole = Int(scaled / scale)
        var frac = Int(scaled) - whole * Int(scale)
        guard frac > 0 else { return sign + String(whole) }
        var fracDigits = String(frac)
        while fracDigits.count < digits { fracDigits = "0" + fracDigits }
        while frac % 10 == 0 { frac /= 10; fracDigits.removeLast() }
        return sign + String(whole) + "." + fracDigits
    }

    /// Qualifiers that Chinese writes before the number (约1.2万) rather than after it (3000余).
    static let leadingQualifiers: Set<String> = ["约", "近", "超", "超过", "逾", "达", "共"]

    /// "3000余人次", "约12000人次"; English writes "about" (约, 近) as "~12000" and "more than"
    /// (余, 多, 以上) as "3000+", and drops the Chinese counting word (the indicator's English
    /// name says what is counted: "Audience 3000+"), keeping only units that carry meaning
    /// (money, percent).
    static func quantity(_ v: Double, qualifier: String?, measure: String, _ lang: Language) -> String {
        let q = qualifier ?? ""
        guard lang == .zh else {
            let more = ["余", "多", "以上"].contains(q)
            return (q.isEmpty || more ? "" : "~") + number(v) + (more ? "+" : "") + englishMeasure(measure)
        }
        return leadingQualifiers.contains(q) ? q + number(v) + measure : number(v) + q + measure
    }

    /// The English for a measure word where it is a unit, "" where it only counts (场, 人次, 册 …).
    static func englishMeasure(_ zh: String) -> String {
        switch zh {
        case "万元": return " ×10,000 yuan"
        case "元": return " yuan"
        case "%": return "%"
        case "平方米": return " m²"
        case "公里": return " km"
        case "小时": return " h"
        default: return ""
        }
    }

    /// 79% from a ratio (0.79).
    static func percent(_ ratio: Double?) -> String {
        guard let r = ratio, r.isFinite else { return "—" }
        return number(r * 100, digits: 0) + "%"
    }

    /// 还剩3天 / 今天截止 / 已逾期2天 (and English).
    static func countdown(days: Int, _ lang: Language) -> String {
        switch (days, lang) {
        case (0, .zh): return "今天截止"
        case (0, .en): return "Due today"
        case (let d, .zh) where d > 0: return "还剩\(d)天"
        case (let d, .zh): return "已逾期\(-d)天"
        case (1, .en): return "1 day left"
        case (let d, .en) where d > 0: return "\(d) days left"
        case (-1, .en): return "1 day overdue"
        case (let d, .en): return "\(-d) days overdue"
        }
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// A moment as shown to users: the day and minute in Beijing time.
public struct Stamp: Sendable, Hashable {
    public var date: CivilDate
    public var hour: Int
    public var minute: Int

    public init(_ date: CivilDate, _ hour: Int = 0, _ minute: Int = 0) {
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    /// The Beijing-time day and minute of `instant`.
    public init(_ instant: Date, timeZone: TimeZone = .china) {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        self.init(CivilDate(c.year!, c.month!, c.day!), c.hour!, c.minute!)
    }
}
