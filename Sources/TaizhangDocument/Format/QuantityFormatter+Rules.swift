extension QuantityFormatter {
    /// `s` is already expressed in 万 or 亿 (`word`).
    /// Officials write "14余万人次" (whole 万, 余 before 万) but "1.2万余人次"
    /// (a decimal cannot take 余 before the unit word); 多 always follows the unit word.
    static func scaled(_ s: Double, word: String, measure: String, exactDigits: Int, qualifier: Qualifier?) -> String {
        guard let q = qualifier else {
            return Decimals.string(s, maxFractionDigits: exactDigits) + word + measure
        }
        let whole = abs(s) >= 10
        let digits = whole ? 0 : 1
        switch q {
        case .yue:
            return "约" + Decimals.string(s, maxFractionDigits: 1) + word + measure
        case .jin:
            return "近" + Decimals.ceilString(s, maxFractionDigits: digits) + word + measure
        case .yu, .duo, .yiShang:
            let down = Decimals.floorString(s, maxFractionDigits: digits)
            guard down != "0" else {
                return "约" + Decimals.string(s, maxFractionDigits: exactDigits) + word + measure
            }
            switch q {
            case .yu where whole && !down.contains("."): return down + "余" + word + measure
            case .yu: return down + word + "余" + measure
            case .duo: return down + word + "多" + measure
            default: return down + word + measure + "以上"
            }
        }
    }

    /// Values below 10,000. Approximate values keep two significant digits
    /// ("70余场", "1200余人次"); below 20 "10余场"; below 10 a 余 reads wrong
    /// ("8余场"), so the honest "8场以上" is written instead.
    static func small(_ v: Double, measure: String, qualifier: Qualifier?) -> String {
        guard let q = qualifier else { return Decimals.string(v, maxFractionDigits: 2) + measure }
        switch q {
        case .yue:
            return "约" + (abs(v) < 10 ? Decimals.string(v, maxFractionDigits: 1) : twoSignificant(v, .toNearestOrAwayFromZero)) + measure
        case .jin:
            return "近" + (abs(v) < 10 ? Decimals.ceilString(v, maxFractionDigits: 0) : twoSignificant(v, .up)) + measure
        case .yu, .duo, .yiShang:
            if abs(v) < 10 { return Decimals.floorString(v, maxFractionDigits: 0) + measure + "以上" }
            let down = abs(v) < 20 ? "10" : twoSignificant(v, .down)
            switch q {
            case .yu: return down + "余" + measure
            case .duo: return down + "多" + measure
            default: return down + measure + "以上"
            }
        }
    }

    /// Rounds at the tens for two-digit values and to two significant digits
    /// above: 71 → "70" (down), 145 → "140", 1234 → "1200", 68 → "70" (up).
    static func twoSignificant(_ v: Double, _ rule: FloatingPointRoundingRule) -> String {
        var magnitude = 10.0
        while abs(v) / magnitude >= 100 { magnitude *= 10 }
        let nudge = rule == .up ? (1 - 1e-12) : (1 + 1e-12)
        let rounded = (abs(v) / magnitude * nudge).rounded(rule) * magnitude
        return (v < 0 ? "-" : "") + Decimals.string(rounded, maxFractionDigits: 0)
    }
}
