import TaizhangDomain

/// An item of the catalog (事项): what a department's window handles, with its statutory
/// limit (法定时限) and the shorter limit the centre promises (承诺时限), both in working
/// days, and the steps (环节) with their own limits.
public struct ServiceItem: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// 即办件: done on the spot (a limit of 0 working days).
        case immediate
        /// 承诺件: done within the promised limit.
        case promised

        public var chinese: String { self == .immediate ? "即办件" : "承诺件" }
    }

    public var id: Int
    /// 事项编码, unique in a centre; cases name their item by it.
    public var code: String
    public var name: String
    /// The department (a unit) whose window handles it.
    public var departmentID: Int
    public var windowID: Int?
    public var kind: Kind
    public var statutoryDays: Int
    public var promisedDays: Int
    public var steps: [ItemStep]

    public init(id: Int, code: String, name: String, departmentID: Int, windowID: Int? = nil, kind: Kind = .promised,
                statutoryDays: Int, promisedDays: Int, steps: [ItemStep] = []) {
        self.id = id; self.code = code; self.name = name; self.departmentID = departmentID; self.windowID = windowID
        self.kind = kind; self.statutoryDays = statutoryDays; self.promisedDays = promisedDays; self.steps = steps
    }

    public func step(_ code: String) -> ItemStep? { steps.first { $0.code == code } }

    /// What makes an item unusable, each naming its field.
    public func problems() -> [DomainError] {
        var out: [DomainError] = []
        if code.trimmingCharacters(in: .whitespaces).isEmpty { out.append(DomainError("required", zh: "请填写事项编码。", en: "code is required.", field: "code")) }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { out.append(DomainError("required", zh: "请填写事项名称。", en: "name is required.", field: "name")) }
        if statutoryDays < 0 || promisedDays < 0 {
            out.append(DomainError("limit_negative", zh: "时限不能为负数。", en: "Limits must not be negative.", field: "statutoryDays"))
        } else if promisedDays > statutoryDays {
            out.append(DomainError("promise_over_statutory", zh: "承诺时限（\(promisedDays)个工作日）不能超过法定时限（\(statutoryDays)个工作日）。",
                                   en: "The promised limit (\(promisedDays)) exceeds the statutory limit (\(statutoryDays)).", field: "promisedDays"))
        }
        if kind == .immediate && promisedDays != 0 {
            out.append(DomainError("immediate_limit", zh: "即办件的承诺时限应为0个工作日。", en: "An immediate item promises 0 working days.", field: "promisedDays"))
        }
        var seen = Set<String>()
        for (i, s) in steps.enumerated() {
            if s.code.isEmpty || !s.code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
                out.append(DomainError("step_code", zh: "环节代码须为字母、数字、下划线或连字符。", en: "Step codes are letters, digits, _ or -.", field: "steps[\(i)].code"))
            }
            if !seen.insert(s.code).inserted {
                out.append(DomainError("duplicate_step", zh: "环节代码重复：\(s.code)。", en: "Duplicate step code \(s.code).", field: "steps[\(i)].code"))
            }
            if s.limitDays < 0 || s.limitDays > statutoryDays {
                out.append(DomainError("step_limit", zh: "环节“\(s.name)”的时限应在0至\(statutoryDays)个工作日之间。",
                                       en: "Step \(s.code) needs a limit between 0 and \(statutoryDays).", field: "steps[\(i)].limitDays"))
            }
        }
        return out
    }
}

/// A step of an item (受理, 审查, 决定, 送达 …) and its own limit in working days.
public struct ItemStep: Codable, Hashable, Sendable {
    public var code: String
    public var name: String
    public var limitDays: Int

    public init(code: String, name: String, limitDays: Int) { self.code = code; self.name = name; self.limitDays = limitDays }
}
