import TaizhangDomain

/// GET /process/group — the leading group (领导小组), its members and meetings with minutes.
/// Forms: POST /process/group/members (`name`, `position` = leader|deputy|member, `department`);
/// POST /process/meetings (`date`, `kind` = regular|consultation, `title`, `attendees`
/// separated by 、 or commas, `minutes`). A supervisor's `?unit=` stays on the actions.
public enum GroupPage {
    public struct Model: Sendable {
        public var groupName: String
        /// Where the group's office sits (normally the culture administration).
        public var office: String
        public var members: [Member]
        public var meetings: [Meeting]
        public var canEdit: Bool
        public var memberForm: FormState
        public var meetingForm: FormState

        public init(groupName: String, office: String, members: [Member], meetings: [Meeting], canEdit: Bool = false,
                    memberForm: FormState = .empty, meetingForm: FormState = .empty) {
            self.groupName = groupName; self.office = office; self.members = members; self.meetings = meetings
            self.canEdit = canEdit; self.memberForm = memberForm; self.meetingForm = meetingForm
        }
    }

    public enum Position: String, Sendable, CaseIterable { case leader, deputy, member }

    public struct Member: Sendable, Hashable {
        public var name: String
        public var position: Position
        public var department: String
        public var title: String
        public init(name: String, position: Position, department: String, title: String = "") {
            self.name = name; self.position = position; self.department = department; self.title = title
        }
    }

    public enum MeetingKind: String, Sendable, CaseIterable { case regular, consultation }

    public struct Meeting: Sendable, Hashable {
        public var id: Int
        public var date: CivilDate
        public var kind: MeetingKind
        public var title: String
        public var attendance: String
        /// The minutes (会议纪要); nil means none on file yet, which the page flags.
        public var minutes: String?
        public var minutesURL: String?
        public init(id: Int, date: CivilDate, kind: MeetingKind, title: String, attendance: String,
                    minutes: String? = nil, minutesURL: String? = nil) {
            self.id = id; self.date = date; self.kind = kind; self.title = title; self.attendance = attendance
            self.minutes = minutes; self.minutesURL = minutesURL
        }
    }
}
