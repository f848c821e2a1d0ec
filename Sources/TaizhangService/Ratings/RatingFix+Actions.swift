import TaizhangDomain

extension RatingFix {
    public mutating func recordMeasures(_ text: String) throws {
        try requireOpen()
        if text.allSatisfy(\.isWhitespace) { throw DomainError("required", zh: "请填写整改措施。", en: "measures are required.", field: "measures") }
        measures = text
    }

    public mutating func addCallback(_ c: Callback) throws {
        try requireOpen()
        if c.result.allSatisfy(\.isWhitespace) {
            throw DomainError("required", zh: "请填写回访情况。", en: "result is required.", field: "result")
        }
        if c.on < openedOn {
            throw DomainError("callback_date", zh: "回访日期不能早于差评日期（\(openedOn.chinese)）。", en: "A callback cannot precede the rating (\(openedOn)).", field: "on")
        }
        callbacks.append(c)
    }

    /// Closes the fix: refused without measures, or without a callback when the rules
    /// require one (回访率100%). A late close is allowed and shown as late.
    public mutating func close(on day: CivilDate, rules: RatingFixRule) throws {
        try requireOpen()
        if measures.allSatisfy(\.isWhitespace) {
            throw DomainError("close_needs_measures", zh: "请先填写整改措施。", en: "Record the measures taken first.")
        }
        if rules.callbackRequired && callbacks.isEmpty {
            throw DomainError("close_needs_callback", zh: "差评整改须有回访记录后方可办结。", en: "A bad-rating fix needs a callback on record before it closes.")
        }
        closedOn = day
    }

    /// The rating was overturned on appeal.
    public mutating func void() { if closedOn == nil { voided = true } }

    private func requireOpen() throws {
        if voided { throw DomainError("fix_voided", zh: "申诉成立，该差评无需整改。", en: "The rating was overturned on appeal.") }
        if let closedOn { throw DomainError("fix_closed", zh: "该整改已于\(closedOn.chinese)办结。", en: "The fix was closed on \(closedOn).") }
    }
}
