import Testing
@testable import TaizhangText

/// The first bracketed marker written with a dash by a converter (outline22,
/// `OutlineTracker+DashedFirst`; outline-wild5 004: `一、工作开展情况(-)坚守第一道防线,…` then
/// `(二)全力应对…`): the (二) after it is the list's second item, not a list opening at (二).
/// The dash stands for (一) only — a later item lost, or a dash before another style, is still a skip.
@Suite struct OutlineDashedFirstTests {
    static func gaps(_ text: String) -> [Finding] { Checker.check(text: text, path: "t").findings.filter { $0.kind == .numbering } }

    @Test func aDashedFirstMarkerInThePreviousLineIsTheFirstItem() {
        // Setup: 004's shape — the dash glued after the parent's title, (二) glued in the next chunk.
        let text = "一、工作开展情况(-)坚守第一道防线,全方位做好气象服务保障。充分运用平台开展预警服务。\n"
            + "共启动应急预警7次,发布专题服务39期。(二)全力应对高温干旱天气。今年我县高温干旱过程持续三月有余。"
        // Act
        let gaps = Self.gaps(text)
        // Assert
        #expect(gaps.isEmpty, "\(gaps.map(\.message))")
    }

    @Test func aDashedFirstMarkerInTheSameLineIsTheFirstItem() {
        for dash in ["-", "—", "–", "－", "ー"] {
            let text = "一、主要工作(\(dash))多方联动,共开展宣传活动12场。(二)强化监管,检查企业30家。"
            #expect(Self.gaps(text).isEmpty, "\(dash)")
        }
    }

    @Test func aDashStandsForTheFirstItemOnly() {
        // (-) then (三): (二) is still lost; a dash before a list of 2. still leaves 1. lost.
        let third = "一、工作开展情况(-)坚守第一道防线,做好气象服务。\n(三)全力应对高温干旱天气,启动应急响应3次。"
        #expect(Self.gaps(third).map(\.text) == ["(三)"])
        let arabic = "一、工作开展情况(-)坚守第一道防线,做好气象服务。\n2.全力应对高温干旱天气,启动应急响应3次。"
        #expect(Self.gaps(arabic).map(\.text) == ["2."])
    }

    @Test func aDashInATitleWithNoListAfterItIsNoMarker() {
        // b01's form (dev): a plan's part number in a title; nothing follows it, nothing is flagged.
        let text = "一是科学制定医改工作方案。印发了《近期工作方案(-)》等文件,强力督促组织实施。"
        #expect(Self.gaps(text).isEmpty)
        #expect(Checker.check(text: text, path: "t").outline.map(\.marker).allSatisfy { !$0.contains("-") })
    }
}
