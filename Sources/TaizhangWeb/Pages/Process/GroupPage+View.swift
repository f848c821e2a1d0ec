extension GroupPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return ProcessTabs.page(t(.procGroup), "/process/group", ctx) {
            UI.facts([(t(.groupName), text(m.groupName)), (t(.groupOffice), text(m.office))])
            UI.card(t(.members)) {
                UI.table([t(.name), t(.position), t(.department), t(.jobTitle)]) {
                    for mem in m.members {
                        tr { td { mem.name }; td { position(mem.position, t) }; td { mem.department }; td { mem.title } }
                    }
                }
                if m.canEdit { memberForm(m.memberForm, ctx) }
            }
            UI.card(t(.meetings)) {
                if m.meetings.isEmpty { UI.empty(t(.noMeetings)) }
                for mt in m.meetings.sorted(by: { $0.date > $1.date }) { meeting(mt, t) }
                if m.canEdit { meetingForm(m.meetingForm, ctx) }
            }
        }
    }

    static func position(_ p: Position, _ t: Loc) -> String {
        switch p { case .leader: t(.posLeader); case .deputy: t(.posDeputy); case .member: t(.posMember) }
    }

    static func kind(_ k: MeetingKind, _ t: Loc) -> String {
        k == .regular ? t(.meetingRegular) : t(.meetingConsultation)
    }

    static func meeting(_ mt: Meeting, _ t: Loc) -> Node {
        el("article", [.class("tz-meeting"), .id("meeting-\(mt.id)")]) {
            h3 { Fmt.date(mt.date, t.lang) + " " + mt.title }
            p(.class("tz-muted")) { kind(mt.kind, t) + " · " + t(.attendance) + t.colon + mt.attendance }
            if let minutes = mt.minutes {
                details { summary { t(.minutes) }; div(.class("tz-prose")) { for line in minutes.split(separator: "\n") { p { String(line) } } } }
            } else {
                p { UI.badge(t(.minutesMissing), "warning") }
            }
            if let url = mt.minutesURL { a(.href(url)) { t(.minutesFile) } }
        }
    }

    static func memberForm(_ state: FormState, _ ctx: PageContext) -> Node {
        let t = ctx.t
        return foldedForm(t(.addMember), action: ProcessTabs.link("/process/group/members", ctx), state: state, ctx, cls: "tz-form tz-row") { f in
            f.input("name", t(.name), required: true)
            f.select("position", t(.position), options: Position.allCases.map { ($0.rawValue, position($0, t)) }, value: "member")
            f.input("department", t(.department), required: true)
            div(.class("tz-form-actions")) { submitButton(t(.add)) }
        }
    }

    static func meetingForm(_ state: FormState, _ ctx: PageContext) -> Node {
        let t = ctx.t
        return foldedForm(t(.addMeeting), action: ProcessTabs.link("/process/meetings", ctx), state: state, ctx) { f in
            div(.class("tz-row")) {
                f.input("date", t(.date), type: "date", required: true)
                f.select("kind", t(.meetingKind), options: MeetingKind.allCases.map { ($0.rawValue, kind($0, t)) }, value: "regular")
            }
            f.input("title", t(.meetingTitle), required: true)
            f.input("attendees", t(.attendance), required: true, hint: t(.attendeesHint))
            f.textarea("minutes", t(.minutes), rows: 5)
            div(.class("tz-form-actions")) { submitButton(t(.save)) }
        }
    }
}
