/// Decimal rendering without locale surprises: Foundation's formatters differ
/// between platforms and are slow; officials' numbers need only a few rules.
enum Decimals {
    /// Rounds half away from zero to `digits` places and trims trailing zeros:
    /// 14.50 → "14.5", 3.0 → "3", 0.125 (2) → "0.13".
    static func string(_ x: Double, maxFractionDigits digits: Int) -> String {
        guard x.isFinite else { return "0" }
        let p = pow10(digits)
        // A relative nudge keeps 13.45 (stored as 13.4499…) rounding the way it is read.
        let scaled = (abs(x) * p * (1 + 1e-12)).rounded(.toNearestOrAwayFromZero)
        return render(scaled, digits: digits, negative: x < 0)
    }

    /// Rounds toward zero at `digits` places (for "余"/"多": the true value is above).
    static func floorString(_ x: Double, maxFractionDigits digits: Int) -> String {
        let p = pow10(digits)
        return render((abs(x) * p * (1 + 1e-12)).rounded(.down), digits: digits, negative: x < 0)
    }

    /// Rounds away from zero at `digits` places (for "近": the true value is below).
    static func ceilString(_ x: Double, maxFractionDigits digits: Int) -> String {
        let p = pow10(digits)
        return render((abs(x) * p * (1 - 1e-12)).rounded(.up), digits: digits, negative: x < 0)
    }

    static func pow10(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<max(n, 0) { p *= 10 }
        return p
    }

    private static func render(_ scaled: Double, digits: Int, negative: Bool) -> String {
        guard scaled < 9e15 else { return String(Int64(scaled / pow10(digits))) }
        let total = Int64(scaled)
        let p = Int64(pow10(digits))
        let whole = total / p
        var fraction = total % p
        var places = digits
        while places > 0 && fraction % 10 == 0 {
            fraction /= 10
            places -= 1
        }
        let sign = negative && total != 0 ? "-" : ""
        guard places > 0 else { return sign + String(whole) }
        var fractionText = String(fraction)
        while fractionText.count < places { fractionText = "0" + fractionText }
        return sign + String(whole) + "." + fractionText
    }
}
