/// Demo logins and notes.
extension DemoLayout {
    /// admin; the bureau's supervisor; per township a staff, a liaison and a leader
    /// (the 城关街道 staff also works for its culture station, to exercise unit
    /// switching); and two community/village staff.
    static func users(_ layout: DemoLayout) -> [DemoUser] {
        let pw = DemoDataset.password
        var out = [
            DemoUser(username: "admin", displayName: "刘洋", password: pw, grants: [RoleGrant(unitID: layout.rootID, role: .admin)]),
            DemoUser(username: "wenlvju.supervisor", displayName: "周建华", password: pw,
                     grants: [RoleGrant(unitID: layout.rootID, role: .supervisor)]),
        ]
        for t in layout.townships {
            let people = DemoNames.townshipPeople[t.index]
            var staff = [RoleGrant(unitID: t.unitID, role: .staff)]
            if t.index == 0 { staff.append(RoleGrant(unitID: t.stationID, role: .staff)) }
            out.append(DemoUser(username: "\(t.info.slug).staff", displayName: people[0], password: pw, grants: staff))
            out.append(DemoUser(username: "\(t.info.slug).liaison", displayName: people[1], password: pw,
                                grants: [RoleGrant(unitID: t.unitID, role: .liaison)]))
            out.append(DemoUser(username: "\(t.info.slug).leader", displayName: people[2], password: pw,
                                grants: [RoleGrant(unitID: t.unitID, role: .leader)]))
        }
        for c in DemoNames.communityStaff {
            let unitID = layout.townships[c.township].childIDs[c.child]
            out.append(DemoUser(username: "\(c.slug).staff", displayName: c.name, password: pw,
                                grants: [RoleGrant(unitID: unitID, role: .staff)]))
        }
        return out
    }

    static func liaison(of t: Township) -> String { "\(t.info.slug).liaison" }
    static func leader(of t: Township) -> String { "\(t.info.slug).leader" }
    static let supervisor = "wenlvju.supervisor"

    /// A few notes on problems (存在的问题) for the current and the previous half-year.
    static func notes(_ layout: DemoLayout, today: CivilDate) -> [DemoNote] {
        let current = Period.containing(today, kind: .halfYear)
        let previous = current.previous
        let t = layout.townships
        let lag = t[DemoNames.laggard]
        return [
            DemoNote(unitID: lag.unitID, period: current, username: leader(of: lag),
                     text: "文化站专职人员年初调整，仅有1名专职干部，活动组织力量不足，部分目标任务进度滞后。"),
            DemoNote(unitID: lag.unitID, period: current, username: liaison(of: lag),
                     text: "部分村文化礼堂设施老化，日常开放时间不固定，群众参与率不高。"),
            DemoNote(unitID: t[3].unitID, period: current, username: liaison(of: t[3]),
                     text: "示范项目经费使用进度偏慢，需加快资金拨付和项目验收。"),
            DemoNote(unitID: t[0].unitID, period: previous, username: leader(of: t[0]),
                     text: "示范区创建宣传力度有待加强，信息被上级媒体采用数量偏少。"),
            DemoNote(unitID: t[2].unitID, period: previous, username: liaison(of: t[2]),
                     text: "社区文艺团队以中老年人为主，青年群体参与文化活动积极性不高。"),
        ]
    }
}
