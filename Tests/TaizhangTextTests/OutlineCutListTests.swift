import Testing
@testable import TaizhangText

/// outline18: a page that opens inside a child list goes on with its parent's next heading
/// (`OutlineTracker.reroots`), and 1。 typed for 1. (`HeadingParser.stopMarkerTitle`).
@Suite struct OutlineCutListTests {
    static func report(_ lines: [String]) -> DocumentReport { Checker.check(text: lines.joined(separator: "\n"), path: "t.txt") }
    static func top(_ lines: [String]) -> [String] { report(lines).outline.filter { $0.level == 1 }.map(\.marker) }
    static func gaps(_ lines: [String]) -> [Int] { report(lines).findings.filter { $0.kind == .numbering }.map(\.line) }

    static let cut = [
        "食堂运营状况良好。",
        "2、完善现代远程教育的配套设施建设,建起了电子备课室。",
        "3、修缮了校舍、桌凳,维修了用电设施。",
        "二、存在的主要问题",
        "1、学校地处集镇,周边环境仍不容乐观。",
        "2、校园安全工作形势依然严重。",
        "三、新学期的工作畅想",
        "1、加强校园的环境建设。",
        "2、创建良好的治安环境。",
    ]

    @Test func theParentsNextHeadingAfterACutListIsTheTopLevel() {
        // The cut list keeps the level it was reported at (the outline streams); what follows is re-rooted.
        #expect(Self.top(Self.cut) == ["2、", "3、", "二、", "三、"])
        #expect(Self.report(Self.cut).outline.filter { $0.line > 4 && $0.marker.hasSuffix("、") && $0.marker.first!.isASCII }.allSatisfy { $0.level == 2 })
        #expect(Self.gaps(Self.cut).isEmpty)
        // Its list now runs on: 三、 written 二、 again is a repeat.
        var repeated = Self.cut
        repeated[6] = "二、新学期的工作畅想"
        #expect(Self.gaps(repeated) == [7])
        // (三)(四) then 二、 the same way.
        let paren = ["(三)加强队伍建设。", "(四)完善制度。", "二、存在的问题", "(一)投入不足。", "(二)人员偏少。", "三、下步打算"]
        #expect(Self.top(paren) == ["(三)", "(四)", "二、", "三、"])
        #expect(Self.gaps(paren).isEmpty)
    }

    @Test func aListThatOpensAtOneOrADeeperStyleKeepsItsLevel() {
        // A list opened at 1 is the text's own top level (1. over (一) in some texts).
        let fromOne = ["1、基本情况。", "2、主要做法。", "(二)加强宣传。", "3、存在问题。"]
        #expect(Self.top(fromOne) == ["1、", "2、", "3、"])
        // A deeper style after the cut list is its child, not a new top.
        let deeper = ["2、完善设施建设。", "3、修缮校舍。", "(1)维修用电设施。", "(2)解决饮水问题。", "4、加大治理力度。"]
        #expect(Self.top(deeper) == ["2、", "3、", "4、"])
        // The parent's list at its first item (一、) is no continuation of a cut parent.
        let atOne = ["2、完善设施建设。", "3、修缮校舍。", "一、存在的问题", "二、下步打算"]
        #expect(!Self.top(atOne).contains("二、") || Self.top(atOne).first != "二、")
    }

    static let stops = [
        "一、述职报告的特点",
        "1。述职的自我性。述职的自我性即自我评述,是述职报告的显著特点。",
        "2。论述的确定性。写述职报告,是对自己所做工作的评述。",
        "4。内容的规定性。述职报告要根据考核的有关规定来写。",
    ]

    @Test func aFullStopTypedForTheMarkersPointIsAMarker() {
        let outline = Self.report(Self.stops).outline
        #expect(outline.map(\.marker) == ["一、", "1。", "2。", "4。"])
        #expect(outline.map(\.level) == [1, 2, 2, 2])
        #expect(Self.gaps(Self.stops) == [4])
        var fixed = Self.stops
        fixed[3] = "3。内容的规定性。述职报告要根据考核的有关规定来写。"
        #expect(Self.gaps(fixed).isEmpty)
    }

    /// A page of the shape no rule here was tuned on (outline-wild/007, gathered by outline16): its
    /// 1。标题。 behind a forum jammer and 2。正文。 now read as one list.
    @Test func anUntunedPagesFullStopMarkersReadAsAList() throws {
        let lines = try MetamorphicText.lines(of: Fixtures.root.appendingPathComponent("outline-wild/007.txt"))
        let markers = WildProbes.check(lines, "007.txt").outline.map(\.marker)
        #expect(markers.contains("1。") && markers.contains("2。"), "\(markers)")
    }

    @Test func aFigureBeforeAFullStopIsNoMarker() {
        for line in ["12。全年新增企业5家,其中规上企业2家。",             // a wrapped sentence's tail goes on with a comma
                     "3。这是一段很长的句子没有任何标点一直写下去超过十五个字的内容。",  // runs past 15 letters
                     "5。", "2。30万元。",
                     "71。9%;女321人;占有28。。%。党员932人,占81。%%。"] {   // corpus z21's garbled decimals
            #expect(Self.report(["一、主要工作", "全年产值同比增长", line]).outline.count == 1, "\(line)")
        }
    }
}

/// outline18: a list restarted under a short lead-in right after the last item is the same
/// text's next list (`Analyzer.isLeadIn`), not a new document.
@Suite struct OutlineLeadInRestartTests {
    static func documents(_ lines: [String]) -> Int { OutlineCutListTests.report(lines).subdocuments.count }

    @Test func aListRestartedUnderALeadInIsTheSameDocument() {
        let colon = ["部门工作总结通常包括以下几个方面:", "1.工作回顾:对部门完成的工作任务进行梳理。", "2.工作亮点:突出部门的优秀表现。",
                     "3.存在的问题:分析遇到的问题和挑战。", "编写部门工作总结时,应注意以下几点:", "1.客观公正:真实反映实际情况。", "2.重点突出:抓住关键环节。"]
        #expect(Self.documents(colon) == 1)
        #expect(OutlineCutListTests.gaps(colon).isEmpty)
        let semicolon = ["1、我校安全工作组织结构完善。", "2、学校安全制度较完善。", "3、消防设施定期检查。", "存在问题;", "1、安全教育应不断加强。", "2、安全台帐个别项不完善。"]
        #expect(Self.documents(semicolon) == 1)
    }

    @Test func aRestartWithoutALeadInOrUnderATitleIsANewDocument() {
        // Right after the last item (a bundle's next piece): a new document, as before.
        let bare = ["1、做好会议的会场布置工作。", "2、做好信息的总结整理工作。", "3、做好来访接待工作。", "1、环境卫生一体化工作的信息总结。", "2、创建工作的宣传报道。"]
        #expect(Self.documents(bare) == 2)
        // A salutation under a new title: a new summary.
        let titled = ["一、加强领导。", "二、广泛宣传。", "三、强化督查。", "某镇2023年上半年工作总结", "尊敬的各位领导:", "一、经济发展。", "二、民生改善。"]
        #expect(Self.documents(titled) == 2)
        // A long opening paragraph under the last item is no lead-in.
        let long = ["一、加强领导。", "二、广泛宣传。", "三、强化督查。", "现将我镇2023年下半年各项工作的具体安排情况汇报如下,请各位领导审议并提出宝贵意见:", "一、经济发展。", "二、民生改善。"]
        #expect(Self.documents(long) == 2)
    }
}
