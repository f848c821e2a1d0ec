/// Small Chinese numerals for outline labels and ordinal phrases (一是、二是).
public enum ChineseNumerals {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九, 100 → 一百, 105 → 一百零五.
    /// Outline numbers and counts in a summary stay far below 10,000.
    public static func string(_ n: Int) -> String {
        guard n > 0 else { return n == 0 ? "零" : "负" + string(-n) }
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 1000 {
            let rest = n % 100
            let tail = rest == 0 ? "" : (rest < 10 ? "零" + digits[rest] : tensInside(rest))
            return digits[n / 100] + "百" + tail
        }
        if n < 10000 {
            let rest = n % 1000
            let tail = rest == 0 ? "" : (rest < 100 ? "零" + inside(rest) : string(rest))
            return digits[n / 1000] + "千" + tail
        }
        return String(n)
    }

    /// "一是", "二是" … the ordinal words that open items inside a paragraph.
    public static func ordinal(_ n: Int) -> String { string(n) + "是" }

    // Inside a larger number "十" is read "一十": 一百一十, 一千零一十.
    private static func tensInside(_ n: Int) -> String {
        n < 20 ? "一" + string(n) : string(n)
    }

    private static func inside(_ n: Int) -> String { n < 10 ? digits[n] : tensInside(n) }
}
