import Testing
import TaizhangDomain
@testable import TaizhangProcess

@Suite("Leading group")
struct LeadingGroupTests {
    static let members = [GroupMember(name: "张", role: .leader, department: "街道党工委"),
                          GroupMember(name: "李", role: .deputy, department: "办事处"),
                          GroupMember(name: "赵", role: .member, department: "区财政局"),
                          GroupMember(name: "钱", role: .member, department: "区文化和旅游局")]

    static func group(members: [GroupMember] = members, office: String = "文化站", meetings: [GroupMeeting] = []) -> LeadingGroup {
        LeadingGroup(id: 1, unitID: 2, name: "领导小组", office: office, members: members, meetings: meetings)
    }

    static func meeting(_ kind: GroupMeeting.Kind, _ date: CivilDate, minutes: Minutes? = Minutes(text: "纪要")) -> GroupMeeting {
        GroupMeeting(id: date.dayNumber, kind: kind, date: date, topic: "", attendees: ["张", "赵", "来宾"], minutes: minutes)
    }

    @Test func aGroupNeedsAHeadAndAnOffice() {
        #expect(Self.group().structureProblems().isEmpty)
        #expect(Self.group(members: Array(Self.members.dropFirst()), office: " ").structureProblems().map(\.code)
                == ["no_group_head", "no_group_office"])
    }

    @Test func meetingsEveryYearWithMinutesOnFile() {
        let g = Self.group(meetings: [Self.meeting(.regular, CivilDate(2025, 1, 10)),
                                      Self.meeting(.consultation, CivilDate(2025, 4, 1), minutes: nil),
                                      Self.meeting(.consultation, CivilDate(2026, 4, 1), minutes: Minutes(text: "", fileRef: "纪要〔2026〕2号"))])

        let problems = g.meetingProblems(years: [2025, 2026], rules: PF.rules.leadingGroup)

        #expect(problems.map(\.code) == ["too_few_group_meetings", "no_minutes"])
        #expect(problems[0].zh.hasPrefix("2026年领导小组例会0次"))
        #expect(problems[1].zh == "2025年4月1日重大事项会商无会议纪要")
    }

    @Test func attendanceCountsOnlyMembers() {
        #expect(Self.group().attendance(Self.meeting(.regular, CivilDate(2025, 1, 10))) == 0.5)
    }
}
