/// Amounts are integer fen (分): sums of budgets and expenditures must be exact, which
/// floating-point yuan are not.
public typealias Fen = Int

public enum Money {
    /// 1234567 → "12,345.67元" (negative amounts keep their sign).
    public static func yuan(_ fen: Fen) -> String {
        let sign = fen < 0 ? "-" : "", v = abs(fen)
        let cents = v % 100
        var whole = String(v / 100), grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        return sign + whole + grouped + "." + (cents < 10 ? "0\(cents)" : "\(cents)") + "元"
    }

    /// Whole yuan to fen, for readable literals (`Money.fen(yuan: 200_000)`).
    public static func fen(yuan: Int) -> Fen { yuan * 100 }
}
