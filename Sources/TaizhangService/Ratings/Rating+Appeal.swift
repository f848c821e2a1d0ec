import TaizhangDomain

extension Rating {
    /// 申诉: only against a bad rating, with a reason, within the rule's working days after
    /// the day of the rating, once.
    public mutating func fileAppeal(on day: CivilDate, by: String, reason: String, rules: RatingRules,
                                    table: WorkingDayTable) throws {
        guard rules.level(level)?.bad == true else {
            throw DomainError("not_bad", zh: "只能对差评提出申诉。", en: "Only a bad rating can be appealed.")
        }
        if appeal != nil { throw DomainError("appeal_exists", zh: "该评价已提出过申诉。", en: "This rating was already appealed.") }
        if reason.allSatisfy(\.isWhitespace) {
            throw DomainError("required", zh: "请填写申诉理由。", en: "reason is required.", field: "reason")
        }
        let limit = rules.appeal.withinWorkingDays
        let last = table.adding(workingDays: limit, to: ratedDay)
        if day > last {
            throw DomainError("appeal_too_late", zh: "申诉须在评价后\(limit)个工作日内（\(last.chinese)前）提出。",
                              en: "Appeals must be filed within \(limit) working days of the rating (by \(last)).", field: "filedOn")
        }
        appeal = Appeal(filedOn: day, by: by, reason: reason)
    }

    /// The supervisor's decision; an upheld appeal removes the rating from the rates (and
    /// voids its rectification, see `RatingFix.void`).
    public mutating func decideAppeal(upheld: Bool, on day: CivilDate, by: String, note: String) throws {
        guard var a = appeal, a.decision == nil else {
            throw DomainError("no_pending_appeal", zh: "该评价没有待审核的申诉。", en: "No appeal is pending on this rating.")
        }
        if note.allSatisfy(\.isWhitespace) {
            throw DomainError("required", zh: "请填写审核意见。", en: "note is required.", field: "note")
        }
        a.decision = AppealDecision(upheld: upheld, on: day, by: by, note: note)
        appeal = a
    }
}
