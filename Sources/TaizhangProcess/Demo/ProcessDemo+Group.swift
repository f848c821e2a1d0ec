import TaizhangDomain

/// Demo leading groups, liaisons and liaison meetings (SPEC §4.1–4.2).
extension ProcessDemoBuilder {
    /// Members per creation: head and deputies from the unit or the culture bureau (a
    /// project's group is led by the head of the culture administration), members from
    /// development-reform, finance, personnel, staffing and culture.
    static let members: [[(String, GroupRole, String, String)]] = [
        [("张建国", .leader, "城关街道党工委", "书记"), ("李卫东", .deputy, "城关街道办事处", "主任"),
         ("王丽萍", .deputy, "城关街道办事处", "副主任"), ("赵文斌", .member, "区发展和改革局", "副局长"),
         ("钱晓红", .member, "区财政局", "副局长"), ("孙志强", .member, "区人力资源和社会保障局", "副局长"),
         ("周海燕", .member, "区委编办", "副主任"), ("吴国平", .member, "区文化和旅游局", "副局长")],
        [("郑志华", .leader, "区文化和旅游局", "局长"), ("冯建军", .deputy, "沙门镇人民政府", "镇长"),
         ("陈美玲", .member, "区财政局", "科长"), ("褚晓明", .member, "沙门镇文化站", "站长")],
        [("卫振宇", .leader, "区文化和旅游局", "副局长"), ("蒋立新", .deputy, "白石镇人民政府", "副镇长"),
         ("沈红梅", .member, "区财政局", "科员"), ("韩东升", .member, "白石镇文化站", "站长")],
    ]

    func groups() -> [LeadingGroup] {
        creations.enumerated().map { i, c in
            let members = Self.members[i].map { GroupMember(name: $0.0, role: $0.1, department: $0.2, post: $0.3) }
            var meetings: [GroupMeeting] = []
            for year in years {
                for (month, kind) in [(1, GroupMeeting.Kind.regular), (4, .consultation), (7, .regular)] {
                    let date = CivilDate(year, month, 10 + i)
                    guard date < today else { continue }
                    let topic = kind == .regular ? "\(year)年\(month == 1 ? "上" : "下")半年创建工作例会" : "创建经费使用方案调整会商"
                    let minutes = Minutes(text: "会议听取了\(name(c.unitID))创建工作进展汇报，研究部署了下阶段重点任务。",
                                          fileRef: "纪要〔\(year)〕\(month)号")
                    meetings.append(GroupMeeting(id: 100 * (i + 1) + meetings.count + 1, kind: kind, date: date, topic: topic,
                                                 attendees: members.prefix(kind == .regular ? members.count : 3).map(\.name),
                                                 minutes: minutes))
                }
            }
            return LeadingGroup(id: i + 1, unitID: c.unitID, name: "\(name(c.unitID))\(c.kind.chinese)创建工作领导小组",
                                office: i == 0 ? "城关街道综合文化站" : "区文化和旅游局公共服务科", members: members, meetings: meetings)
        }
    }

    /// The zone changed its liaison half-way; the project has one; the vetoed unit none.
    func liaisons() throws -> LiaisonRoster {
        var roster = LiaisonRoster()
        let start = CivilDate(startYear, 2, 1)
        try roster.appoint(Liaison(id: 1, unitID: creations[0].unitID, name: "吴国平", post: "区文化和旅游局副局长", from: start))
        try roster.appoint(Liaison(id: 2, unitID: creations[0].unitID, name: person("chengguan.liaison", "陈晓东"),
                                   post: "城关街道党工委委员", phone: "0571-8800 1234", from: CivilDate(startYear, 9, 1)), replacing: true)
        try roster.appoint(Liaison(id: 3, unitID: creations[1].unitID, name: person("shamen.liaison", "林海波"),
                                   post: "区文化和旅游局副局长", phone: "0571-8800 5678", from: start))
        return roster
    }

    /// Quarterly zone meetings hosted across the country (城关街道 once); half-yearly
    /// project meetings hosted in rotation by the two projects (`LiaisonRotation.propose`).
    func liaisonMeetings() -> [LiaisonMeeting] {
        let elsewhere = ["江北区", "青川县", "南湖区", "秀山县", "东港市", "临川区", "西岭县", "北塘区"]
        var out: [LiaisonMeeting] = []
        for kind in CreationKind.allCases {
            for year in years {
                for period in LiaisonMeetings.due(kind: kind, year: year, rules: rules) {
                    let date = period.end.adding(days: -20)
                    guard date < today else { continue }
                    let attending = creations.filter { $0.kind == kind }.map(\.unitID)
                    let host = kind == .project ? LiaisonRotation.propose(candidates: attending, kind: kind, meetings: out)?.unitID
                        : out.count == 1 ? creations[0].unitID : nil
                    out.append(LiaisonMeeting(id: out.count + 1, kind: kind, period: period, date: date, hostUnitID: host,
                                              hostName: host.map(name) ?? elsewhere[out.count % elsewhere.count], attendingUnitIDs: attending))
                }
            }
        }
        return out
    }
}
