import Testing
@testable import TaizhangText

/// The readers of the twenty-eighth pass (xsum22), each with the near misses it must leave alone.
@Suite struct XSum22GrammarTests {
    static func counts(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks.filter { $0.statement.hasPrefix("count check: ") }
    }

    // MARK: a 前N range counted by its members (`NamedLists.rankMembers`)

    @Test func titlesBeforeARangeClosingTheLineAreItsMembers() {
        // Arrange: dev zg02's form; the code before stopped three letters before the line's end.
        let text = "《盗墓笔记》《明朝那些事儿》《首席医官》《平凡的世界》《十宗罪》获得借阅量前五。"
        // Act
        let counts = Self.counts(text)
        // Assert
        #expect(counts.map(\.consistent) == [true])
        #expect(counts.first?.statement == "count check: 5 = 盗墓笔记 + 明朝那些事儿 + 首席医官 + 平凡的世界 + 十宗罪")
    }

    @Test func aListWhoseLastNameEndsAtDeIsTheRangesMembers() {
        // Arrange: a bank ranking (viltd.net, probe xsum22 holdout).
        let text = "其中,杭州银行、无锡银行、张家港行的净利润同比增幅在上市银行中排名前三,资产增速也较快。"
        // Act
        let counts = Self.counts(text)
        // Assert
        #expect(counts.map(\.statement) == ["count check: 3 = 杭州银行 + 无锡银行 + 张家港行"])
    }

    @Test func rowsSetApartBySemicolonsAreMembersEvenWithCommasInside() {
        // Arrange: dev zc11's form (a hotline's classes, one with 、 inside its name).
        let text = "本月反映事项按照内容分类前4位的是:三农类8308件;规划、住房和城乡建设类2735件;交通运输类2350件;劳动保障类2209件。"
        // Act
        let counts = Self.counts(text)
        // Assert
        #expect(counts.map(\.consistent) == [true])
        #expect(counts.first?.statement == "count check: 4 = 三农类 + 规划、住房和城乡建设类 + 交通运输类 + 劳动保障类")
    }

    @Test func rankRangeNearMisses() {
        // Arrange: a range naming fewer members than it counts, 前 before a period (no range),
        // a range whose ranks are listed instead of its members.
        let texts = ["A镇、B镇的排名前三。",
                     "东村、西村前三季度完成投资5亿元。",
                     "《解忧杂货店》《梦幻花》获得借阅量前三。",
                     "前5名中,1、3、4、5名也都是他的著作,包括《解忧杂货店》、《梦幻花》、《再一个谎言》以及《十字屋的小丑》。"]
        // Act
        let counts = texts.map(Self.counts)
        // Assert: nothing told (agreement only), before and after the reader.
        #expect(counts.allSatisfy { $0.isEmpty }, "\(counts)")
    }

    // MARK: 两 counting a pair (`NamedLists.numeralNounRun`, `levelPair`)

    @Test func twoNamesBefore两AreCounted() {
        // Arrange: a district's mediation committees (jszf.gov.cn, probe xsum22 tuning).
        let text = "积极推进调解工作室搭建,街道、社区两级人民调解委员会覆盖率达100%。"
        // Act
        let counts = Self.counts(text)
        // Assert
        #expect(counts.map(\.statement) == ["count check: 2 = 街道 + 社区"])
    }

    @Test func twoLevelLettersBefore两级AreCounted() {
        // Arrange: dev zg01's form, the first letter after the clause's verb.
        let text = "在县、镇两级调解设立“矛盾纠纷受理窗口”,整合法律咨询。"
        // Act
        let counts = Self.counts(text)
        // Assert
        #expect(counts.map(\.statement) == ["count check: 2 = 县 + 镇"])
    }

    @Test func pairNearMisses() {
        // Arrange: a single letter and a name before 两委 (no levels), three levels before 两级,
        // 两位数 (two digits) after a list in an earlier clause, 两两 (pairwise).
        let texts = ["村、社区两委班子完成换届。",
                     "县、镇、村两级书记参加培训。",
                     "除民生银行、渤海银行营收、净利润双双减少外,其中19家银行净利润增速达到两位数。",
                     "东村、西村两两结对。"]
        // Act
        let counts = texts.map(Self.counts)
        // Assert
        #expect(counts.allSatisfy { $0.isEmpty }, "\(counts)")
    }
}
