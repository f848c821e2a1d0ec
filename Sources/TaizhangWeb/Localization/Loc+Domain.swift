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
        guard lang == .en else { return a.chinese }
        switch a {
        case .submit: return "Submit"
        case .approve: return "Approve"
        case .accept: return "Accept"
        case .return: return "Return"
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
    /// 确定要报送吗？ / Submit this report?
    func confirmQuestion(_ a: SubmissionAction) -> String {
        lang == .zh ? "确定要\(action(a))吗？" : "\(action(a)) this report?"
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
