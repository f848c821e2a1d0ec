import TaizhangDomain

extension SupervisionOrder {
    /// Issues an order at `level` on a case; refused for an unknown level, without a
    /// reason, or while the case already has an open order at that level.
    public static func issue(id: Int, case c: ServiceCase, level: String, on day: CivilDate, by: String, reason: String,
                             existing: [SupervisionOrder], rules: OrderRules, table: WorkingDayTable,
                             escalatedFrom: Int? = nil) throws -> SupervisionOrder {
        guard let l = rules.level(level) else {
            throw DomainError("unknown_level", zh: "未知的督办层级：\(level)。", en: "Unknown supervision level \(level).", field: "level")
        }
        if reason.allSatisfy(\.isWhitespace) {
            throw DomainError("required", zh: "请填写督办事由。", en: "reason is required.", field: "reason")
        }
        if existing.contains(where: { $0.caseID == c.id && $0.level == level && $0.closedOn == nil }) {
            throw DomainError("order_open", zh: "该办件已有未办结的\(l.zh)。", en: "The case already has an open \(l.en.lowercased()) order.")
        }
        return SupervisionOrder(id: id, caseID: c.id, departmentID: c.departmentID, level: level, issuedOn: day, issuedBy: by,
                                reason: reason, responseDue: table.adding(workingDays: l.responseWorkingDays, to: day),
                                escalatedFrom: escalatedFrom)
    }

    /// The department's answer (once; a late answer is kept and shown as late).
    public mutating func respond(on day: CivilDate, by: String, text: String) throws {
        try requireOpen()
        if response != nil { throw DomainError("already_responded", zh: "该督办已回复。", en: "The order was already answered.") }
        if text.allSatisfy(\.isWhitespace) { throw DomainError("required", zh: "请填写回复内容。", en: "text is required.", field: "text") }
        response = OrderResponse(on: day, by: by, text: text)
    }

    /// 办结: refused before the response when the rules require one.
    public mutating func close(on day: CivilDate, conclusion: String, rules: OrderRules) throws {
        try requireOpen()
        if rules.closeRequiresResponse && response == nil {
            throw DomainError("close_needs_response", zh: "部门尚未回复，不能办结督办。", en: "The department has not answered the order yet.")
        }
        closedOn = day; self.conclusion = conclusion
    }

    /// Whether the order should go up a level on `day`: no answer by the deadline, with a
    /// level above this one.
    public func escalationDue(asOf day: CivilDate, rules: OrderRules) -> Bool {
        status(asOf: day) == .overdue && rules.level(after: level) != nil
    }

    /// The next level's order for the same case (the lower order stays on file, open).
    public func escalate(id: Int, case c: ServiceCase, on day: CivilDate, by: String, existing: [SupervisionOrder],
                         rules: OrderRules, table: WorkingDayTable) throws -> SupervisionOrder {
        guard let next = rules.level(after: level) else {
            throw DomainError("top_level", zh: "已是最高督办层级。", en: "This is already the highest supervision level.")
        }
        try requireOpen()
        return try Self.issue(id: id, case: c, level: next.code, on: day, by: by, reason: "逐级督办：\(reason)", existing: existing,
                              rules: rules, table: table, escalatedFrom: self.id)
    }

    private func requireOpen() throws {
        if let closedOn {
            throw DomainError("order_closed", zh: "该督办已于\(closedOn.chinese)办结。", en: "The order was closed on \(closedOn).")
        }
    }
}
