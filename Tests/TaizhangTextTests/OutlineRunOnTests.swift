import Testing
@testable import TaizhangText

/// outline20: a document that numbers its sub-items on across its parts (an 意见's 一、(一)(二)
/// 二、(三)) reads no skip at the first child of each new part (`OutlineTracker.runsOn`); every
/// other first child under a new parent still must open at 1.
@Suite struct OutlineRunOnTests {
    static func gaps(_ lines: [String]) -> [Int] { OutlineCutListTests.gaps(lines) }

    static let opinion = [
        "衡阳市人民政府关于加快推进气象现代化的意见",
        "各县市区人民政府,市政府各局委、各直属机构:",
        "一、总体要求",
        "(一)指导思想。深入贯彻党的十八大精神,全面推进气象现代化。",
        "(二)主要目标。力争在2020年前全市基本实现气象现代化。",
        "二、全面建设气象防灾减灾体系",
        "(三)健全气象灾害防御体制机制。县级以上人民政府统一组织领导。",
        "(四)加强气象灾害监测预警。建设综合观测网。",
        "三、保障措施",
        "(五)加强组织领导。各地要把气象现代化纳入发展规划。",
    ]

    @Test func subItemsNumberedOnAcrossPartsAreNoSkip() {
        #expect(Self.gaps(Self.opinion).isEmpty)
        // A part with no sub-items between keeps the count: (五) after 三、 with nothing under it.
        var skipping = Self.opinion
        skipping.insert(contentsOf: ["三、强化科技支撑", "气象科技工作要面向需求。"], at: 8)
        skipping[10] = "四、保障措施"
        #expect(Self.gaps(skipping).isEmpty)
        // 1. lists run on the same way (1. 2. ⏎ 二、 ⏎ 3.).
        #expect(Self.gaps(["一、基本情况", "1.人口情况。全镇常住人口三万人。", "2.经济情况。全年完成产值五亿元。", "二、主要做法", "3.加强领导。成立工作专班。"]).isEmpty)
    }

    @Test func aChildPastTheNextNumberOrRepeatingTheLastStillSkips() {
        // (四) after (一)(二): the run-on would be (三); (四) skips it.
        var past = Self.opinion
        past[6] = "(四)健全气象灾害防御体制机制。县级以上人民政府统一组织领导。"
        past[7] = "(五)加强气象灾害监测预警。建设综合观测网。"
        past[9] = "(六)加强组织领导。各地要把气象现代化纳入发展规划。"
        #expect(Self.gaps(past) == [7])
        // Series ze22's shape: (三)(四)(六) under 二、 (no list before it), then (六) again under 三、.
        let ze = ["一、灾后重建工作", "二、创新思路,努力推进“三农”工作", "(三)积极发展现代农业。", "(四)搞好防汛工作。",
                  "(六)切实做好林业工作。", "三、抓民生、构和谐", "(六)努力做好城乡环境综合整治。"]
        #expect(Self.gaps(ze) == [3, 5, 7])
        // A first child under a new parent whose earlier parts had no child list still opens at 1.
        #expect(Self.gaps(["一、基本情况", "全镇常住人口三万人。", "二、主要做法", "(二)加强领导。成立工作专班。"]) == [4])
        // A lone first child closed before is no count to run on: 一、(一) 二、(二) is a skip (GeneralisationTests).
        #expect(Self.gaps(["一、基本情况", "(一)人口情况。全镇常住人口三万人。", "二、主要做法", "(二)加强领导。成立工作专班。"]) == [4])
        // Another style's list closed before is no count to run on: 1. 2. under 一、, (三) under 二、.
        #expect(Self.gaps(["一、基本情况", "1.人口情况。全镇常住人口三万人。", "2.经济情况。全年完成产值五亿元。", "二、主要做法", "(三)加强领导。成立工作专班。"]) == [5])
    }
}
