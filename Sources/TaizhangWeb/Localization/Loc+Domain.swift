import TaizhangDomain

/// Names of domain values. Chinese comes from the domain itself (one source of truth);
/// English lives here because only the web app needs it.
extension Loc {
    func category(_ c: EntryCategory) -> String {
        guard lang == .en else { return c.chinese }
        switch c {
        case .activity: return "Activity"
        case .meeting: return "Meeting"
        case .training: return "Training"
        case .inspection: return "Inspection"
        case .publicity: return "Publicity"
        case .enforcement: return "Enforcement case"
        case .fund: return "Funds"
        case .other: return "Other"
        }
    }

    func role(_ r: Role) -> String {
        guard lang == .en else { return r.chinese }
        switch r {
        case .staff: return "Staff"
        case .liaison: return "Liaison"
        case .leader: return "Unit leader"
        case .supervisor: return "Supervisor"
        case .admin: return "Administrator"
        case .confirmer: return "Confirmer"
        }
    }

    func status(_ s: SubmissionStatus) -> String {
        guard lang == .en else { return s.chinese }
        switch s {
        case .draft: return "Draft"
        case .submitted: return "Submitted"
        case .leaderApproved: return "Approved by leader"
        case .accepted: return "Accepted"
        case .returned: return "Returned"
        }
    }

    func action(_ a: SubmissionAction) -> String {
        // 审核 alone does not say which way the leader decided; approving is 审核同意.
        guard lang == .en else { return a == .approve ? "审核同意" : a.chinese }
        switch a {
        // What happened, as the history lists it.
        case .submit: return "Submitted"
        case .approve: return "Approved"
        case .accept: return "Accepted"
        case .return: return "Returned"
        }
    }

    func timeliness(_ t: Timeliness) -> String {
        guard lang == .en else { return t.chinese }
        switch t {
        case .onTime: return "On time"
        case .late: return "Late"
        case .missing: return "Missing"
        case .notDue: return "Not due"
        case .notExpected: return "Not expected"
        }
    }

    func source(_ s: EntrySource) -> String {
        switch (s, lang) {
        case (.typed, .zh): return "手工录入"
        case (.imported, .zh): return "文档导入"
        case (.api, .zh): return "接口"
        case (.typed, .en): return "Typed"
        case (.imported, .en): return "Imported"
        case (.api, .en): return "API"
        }
    }
}

extension Loc {
    /// A catalog group's name (the catalog names groups in Chinese only).
    func indicatorGroup(_ zh: String) -> String {
        guard lang == .en else { return zh }
        return Self.groupNames[zh] ?? zh
    }

    static let groupNames: [String: String] = [
        "群众文化活动": "Community cultural activities", "农村电影放映": "Rural film screenings", "全民阅读": "Reading for all",
        "队伍建设与培训": "Staff and training", "宣传工作": "Publicity", "文化市场管理": "Cultural market regulation",
        "文物与非遗保护": "Heritage protection", "组织保障": "Organisation", "经费保障": "Funding", "设施建设": "Facilities",
        "文艺创作": "Artistic creation",
    ]
}

extension Loc {
    /// The question before an action, saying what it does (not "确定要审核吗？").
    func confirmQuestion(_ a: SubmissionAction) -> String {
        switch (a, lang) {
        case (.submit, .zh): return "报送后数值即固定，修改须经退回。确定报送吗？"
        case (.submit, .en): return "Once submitted the figures are fixed; changing them needs a return. Submit?"
        case (.approve, .zh): return "同意后本报送将报上级管理部门。确定同意吗？"
        case (.approve, .en): return "Approving sends this report up to the supervising office. Approve?"
        case (.accept, .zh): return "采纳后本期报送办结。确定采纳吗？"
        case (.accept, .en): return "Accepting closes this report. Accept?"
        case (.return, .zh): return "退回后单位须按审核意见修改后重新报送。确定退回吗？"
        case (.return, .en): return "The unit must fix what the comment says and submit again. Return?"
        }
    }

    /// A decision button's label: what pressing it does.
    func decision(_ a: SubmissionAction) -> String {
        switch (a, lang) {
        case (.submit, .zh): return "报送"
        case (.submit, .en): return "Submit"
        case (.approve, .zh): return "同意并报上级"
        case (.approve, .en): return "Approve and send up"
        case (.accept, .zh): return "采纳"
        case (.accept, .en): return "Accept"
        case (.return, .zh): return "退回修改"
        case (.return, .en): return "Return for changes"
        }
    }

    /// A reporting plan's name: the shipped plans have English names; a plan an office added
    /// keeps the name it was given.
    func planName(_ zh: String) -> String {
        lang == .en ? PlanEnglishName.of(zh) : zh
    }
}

extension Loc {
    func unitKind(_ k: UnitKind) -> String {
        guard lang == .en else { return k.chinese }
        switch k {
        case .nationalOffice: return "National office"
        case .province: return "Province"
        case .city: return "City"
        case .county: return "County / district"
        case .bureau: return "Bureau"
        case .section, .department: return "Section"
        case .street: return "Street office"
        case .town: return "Town"
        case .community: return "Community"
        case .village: return "Village"
        case .cultureStation: return "Culture station"
        case .hospital: return "Hospital"
        case .serviceCenter: return "Government service centre"
        case .other: return "Other"
        }
    }
}
