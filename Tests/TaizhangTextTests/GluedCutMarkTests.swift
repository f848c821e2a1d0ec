import Testing
@testable import TaizhangText

/// Glued markers a site's cut leaves (outline21, `GluedHeadings+CutMark`; corpus zc41): after the
/// cut's ellipsis set apart by a space (`…… 2.`), and before a masked name (`2.××*村`, `4.××镇`).
/// Read, the item keeps its list whole and the skip is reported where it stands (the cut 1.);
/// unread, the next item was reported as a list opening at 3. Near misses stay no marker.
@Suite struct GluedCutMarkTests {
    static func gaps(_ text: String) -> [Finding] { Checker.check(text: text, path: "t").findings.filter { $0.kind == .numbering } }
    static func outline(_ text: String) -> [String] { Checker.check(text: text, path: "t").outline.map(\.marker) }

    static let opening = "一、整体情况上半年以来,××镇各项工作平稳,共受理各类矛盾80起,调解成功率达96%"
    static let cut = " ……(快文网省略350字,正式会员可完整阅读)…… "

    @Test func theCutsMarkAndAMaskedNameOpenTheNextItem() {
        // Setup: zc41's shape — the cut took 1., 2. opens on a masked village.
        let text = Self.opening + Self.cut + "2.××*村村民对征地赔偿标准有异议,多次上访。 3.换届选举后,新班子群众基础不稳。"
        // Act
        let gaps = Self.gaps(text)
        // Assert: the skip stands at 2. (1. expected); 3. follows 2.
        #expect(gaps.map(\.text) == ["2."], "\(gaps.map(\.message))")
        #expect(gaps.first?.message.contains("“1.”") == true)
    }

    @Test func theCutsMarkAloneOpensTheNextItem() {
        let text = Self.opening + Self.cut + "2.村民对征地赔偿标准有异议,多次上访。 3.换届选举后,新班子群众基础不稳。"
        #expect(Self.gaps(text).map(\.text) == ["2."])
        #expect(Self.outline(text) == ["一、", "2.", "3."])
    }

    @Test func aMaskedNameAfterASentenceEndOpensTheNextItem() {
        let text = Self.opening + "。 2.××村的大田找补问题村民已几次上访。 3.XX村电站建设还有一定的矛盾存在。"
        #expect(Self.outline(text) == ["一、", "2.", "3."])
        #expect(Self.gaps(text).map(\.text) == ["2."])
    }

    @Test func nearMissesStayText() {
        // An ellipsis glued to what follows is the sentence's own; a masked figure (万, 元, %) or a
        // run of five masks is no name; a mask before a numeral is a figure.
        for tail in ["……2.加强队伍建设,提高服务水平。", "。2.××万元用于村级道路建设。", "。2.XX元的补助已发放到户。",
                     "。2.××%的群众表示满意。", "。2.×××××村村民多次上访。", "。2.XX三个村已完成验收。"] {
            let text = Self.opening + tail
            #expect(Self.outline(text) == ["一、"], "\(tail)")
            #expect(Self.gaps(text).isEmpty, "\(tail)")
        }
    }
}
