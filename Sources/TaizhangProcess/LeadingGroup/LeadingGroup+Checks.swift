import TaizhangDomain

extension LeadingGroup {
    /// Share of the members present at a meeting (attendees who are not members are ignored).
    public func attendance(_ meeting: GroupMeeting) -> Double? {
        guard !members.isEmpty else { return nil }
        let names = Set(members.map(\.name))
        return Double(Set(meeting.attendees).intersection(names).count) / Double(names.count)
    }

    /// SPEC §4.1 (requirement `leading_group`): the group has a head (组长) and an office.
    public func structureProblems() -> [Term] {
        var out: [Term] = []
        if heads.isEmpty { out.append(Term("no_group_head", zh: "领导小组未设组长", en: "The leading group has no head")) }
        if office.trimmingCharacters(in: .whitespaces).isEmpty {
            out.append(Term("no_group_office", zh: "领导小组未设办公室", en: "The leading group has no office"))
        }
        return out
    }

    /// SPEC §4.1 (requirement `group_meetings`): regular meetings every year of `years`, at
    /// least `rules.minRegularMeetingsPerYear`, and minutes on file for every meeting.
    public func meetingProblems(years: [Int], rules: LeadingGroupRules) -> [Term] {
        var out: [Term] = []
        for year in years {
            let held = meetings.filter { $0.kind == .regular && $0.date.year == year }.count
            if held < rules.minRegularMeetingsPerYear {
                out.append(Term("too_few_group_meetings", zh: "\(year)年领导小组例会\(held)次，少于\(rules.minRegularMeetingsPerYear)次",
                                en: "\(held) regular meeting(s) in \(year), fewer than \(rules.minRegularMeetingsPerYear)"))
            }
        }
        for m in meetings.sorted(by: { $0.date < $1.date }) where !(m.minutes?.isOnFile ?? false) {
            out.append(Term("no_minutes", zh: "\(m.date.chinese)\(m.kind.chinese)无会议纪要",
                            en: "No minutes on file for the \(m.kind.rawValue) meeting of \(m.date.english)"))
        }
        return out
    }
}
