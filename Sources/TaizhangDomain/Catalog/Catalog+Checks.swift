extension Catalog {
    /// What makes an indicator definition unusable in this catalog (empty: fine). A rate
    /// never sums (SPEC §2), a weighted mean names an existing, summed weight indicator,
    /// a range is ordered. Errors name snake_case input fields, as the API spells them.
    public func problems(of ind: Indicator) -> [DomainError] {
        var out: [DomainError] = []
        let code = ind.code
        if code.isEmpty || code.count > 64 || !code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) {
            out.append(DomainError("invalid_code", zh: "指标代码须为小写字母、数字或下划线。",
                                   en: "Indicator codes are lowercase letters, digits or _.", field: "code"))
        }
        for (value, field) in [(ind.name, "name"), (ind.nameEn, "name_en"), (ind.measureWord, "measure_word"), (ind.group, "group")]
        where value.trimmingCharacters(in: .whitespaces).isEmpty {
            out.append(DomainError("\(field)_required", zh: "请填写\(field)。", en: "\(field) is required.", field: field))
        }
        if ind.measureWord == "%" && ind.rollUp == .sum {
            out.append(DomainError("rate_summed", zh: "比率类指标不能逐级相加，请选择加权平均或简单平均。",
                                   en: "A rate cannot be summed across units: choose a weighted or plain mean.", field: "roll_up"))
        }
        if ind.rollUp == .weightedMean {
            if let w = ind.weightBy, let weight = self[w], w != code {
                if weight.rollUp != .sum {
                    out.append(DomainError("weight_not_summed", zh: "权重指标“\(weight.name)”须为可相加的数量。",
                                           en: "The weight “\(weight.nameEn)” must be a summed quantity.", field: "weight_by"))
                }
            } else {
                out.append(DomainError("weight_required", zh: "加权平均须指定本目录中的另一个指标作为权重（分母）。",
                                       en: "A weighted mean needs another catalog indicator as its weight (denominator).", field: "weight_by"))
            }
        }
        if let r = ind.range, !(r.min.isFinite && r.max.isFinite && r.min <= r.max && r.min >= 0) {
            out.append(DomainError("invalid_range", zh: "取值范围无效。", en: "Invalid value range.", field: "range"))
        }
        return out
    }

    /// Problems of every indicator, for a whole catalog (the shipped one is tested with it).
    public func problems() -> [DomainError] { indicators.flatMap(problems(of:)) }

    /// The indicators that still take new values.
    public var active: [Indicator] { indicators.filter { !$0.retired } }
}
