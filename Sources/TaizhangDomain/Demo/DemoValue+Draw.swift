extension DemoValue {
    /// Codes whose large round figures are often written with 余 ("14余万人次").
    private static let approximate: Set<String> = ["audience", "film_audience", "publicity_materials"]

    /// Draws the values of a template in order (later ones may depend on earlier ones).
    static func draw(_ specs: [DemoValue], scale: Double, rng: inout SplitMix64) -> [IndicatorValue] {
        var got: [String: Double] = [:]
        var out: [IndicatorValue] = []
        for spec in specs {
            let code: String, value: Double
            switch spec {
            case .count(let c, let r):
                let n = Double(rng.int(r))
                code = c; value = r.upperBound >= 20 ? max(Double(r.lowerBound), (n * scale).rounded()) : n
            case .per(let c, let of, let r):
                let factor = r.upperBound >= 20 ? scale : 1
                code = c; value = max(got[of] ?? 0, ((got[of] ?? 1) * Double(rng.int(r)) * factor).rounded())
            case .same(let c, let other):
                code = c; value = got[other] ?? 0
            case .atMost(let c, let of):
                let most = Int(got[of] ?? 0)
                code = c; value = Double(rng.chance(0.75) ? most : max(0, most - 1))
            case .money(let c, let r):
                code = c; value = (rng.double(r) * scale * 100).rounded() / 100
            case .percent(let c, let r):
                code = c; value = min(100, (rng.double(r) * 10).rounded() / 10)
            }
            var qualifier: String?
            var v = value
            if approximate.contains(code), v >= 500, rng.chance(0.3) {
                v = (v / 100).rounded(.down) * 100
                qualifier = "余"
            }
            got[code] = v
            out.append(IndicatorValue(indicator: code, value: v, qualifier: qualifier))
        }
        return out
    }
}
