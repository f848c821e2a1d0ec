import Testing
@testable import TaizhangText

/// The readers of the twenty-sixth pass (xsum20), each with the shape it reads and near misses it
/// must leave alone: vital rates (BalanceRun+VitalRates), counts of places (NamedLists+PlaceCounts),
/// a partition run inside a 其中 list (TotalParts+PartitionRun), a 其中 breakdown cut by a line break
/// (WrappedLines), quoted names after 等 + noun and long quoted titles (NamedLists+QuotedItems).
@Suite struct XSum20GrammarTests {
    static func checks(_ text: String) -> [ArithmeticCheck] { Checker.check(text: text).checks }
    static func flags(_ text: String) -> [ArithmeticCheck] { checks(text).filter { !$0.consistent } }

    // MARK: vital rates

    @Test func naturalGrowthIsBirthLessDeathRate() {
        let read = Self.checks("全年出生人口1062万人,人口出生率为7.52‰;死亡人口1014万人,人口死亡率为7.18‰;人口自然增长率为0.34‰。")
        #expect(read.contains { $0.consistent && $0.statement.contains("natural growth rate 0.34‰") })
        let negative = Self.checks("出生率7.33‰;全年死亡人口0.66万人,死亡率8.49‰,自然增长率-1.16‰。")
        #expect(negative.contains { $0.consistent && $0.statement.contains("natural growth rate -1.16‰") })
        let traditional = Self.checks("全年出生人口3.09萬人,出生率為9.88‰;死亡人口為1.98萬人,死亡率為6.33‰;人口自然增長率為3.55‰。")
        #expect(traditional.contains { $0.consistent && $0.statement.contains("natural growth rate 3.55‰") })
    }

    @Test func vitalRatesNearMissesStaySilent() {
        // Beyond rounding (sample rates from unrounded counts): neither credited nor flagged.
        let apart = Self.checks("全年出生人口3.5万人,出生率为9.28‰;死亡人口2.1万人,死亡率为5.56‰;人口自然增长率为3.74‰。")
        #expect(!apart.contains { $0.statement.contains("natural growth") })
        #expect(apart.filter { !$0.consistent }.isEmpty)
        // Units differ; no birth rate; a growth rate of something else.
        #expect(!Self.checks("出生率9.28‰,死亡率5.56%,自然增长率3.72‰。").contains { $0.statement.contains("natural growth") })
        #expect(!Self.checks("死亡率5.56‰,人口自然增长率3.72‰,城镇化率为36.12%。").contains { $0.statement.contains("natural growth") })
        #expect(!Self.checks("出生率9.28‰,死亡率5.56‰,经济增长率3.72%。").contains { $0.statement.contains("natural growth") })
    }

    // MARK: counts of places

    @Test func placeNounsCountTheListBeforeThem() {
        let read = Self.checks("其中,广东、江苏、河南3省法院新收案数均超50万件,山东、浙江2省法院新收案数超过40万件。")
        #expect(read.contains { $0.consistent && $0.statement.hasPrefix("count check: 3 = 广东 + 江苏 + 河南") })
        #expect(read.contains { $0.consistent && $0.statement.hasPrefix("count check: 2 = 山东 + 浙江") })
        let bracket = Self.checks("北京、浙江、重庆3省(市)法院人均结案数超过150件。")
        #expect(bracket.contains { $0.consistent && $0.statement.hasPrefix("count check: 3 = ") })
    }

    @Test func placeCountNearMisses() {
        // A compound (村民, 市场), a numeral written in letters (a name: 二村), no list: no count read.
        #expect(!Self.checks("东村、西村3村民小组完成改造。").contains { $0.statement.hasPrefix("count check: 3") })
        #expect(!Self.checks("农贸、花鸟2市场完成提升。").contains { $0.statement.hasPrefix("count check: 2") })
        #expect(!Self.checks("东方、XX二村完成改造。").contains { $0.statement.hasPrefix("count check: 2") })
        #expect(!Self.checks("全市3县完成改造。").contains { $0.statement.hasPrefix("count check") })
        // A list that does not match the count is left unread, not flagged.
        #expect(Self.flags("广东、江苏、河南2省法院新收案数均超50万件。").isEmpty)
    }

    // MARK: a partition run inside a 其中 list

    @Test func aRunOfClausesThatMakesTheTotalIsRead() {
        let text = "共受理案件1000件,其中,电话反映120件,网络反映80件,现场办理400件,转交部门办理600件。"
        let read = Self.checks(text)
        #expect(read.contains { $0.consistent && $0.statement.hasPrefix("total 1000件 = 400 + 600") })
        #expect(Self.flags(text).isEmpty)
    }

    @Test func partitionRunNearMisses() {
        // Small totals match by chance; a 、-list is one breakdown; parts before the run at the total.
        #expect(!Self.checks("共5个,其中A类1个,B类2个,C类3个。").contains { $0.consistent && $0.statement.contains("= 2 + 3") })
        #expect(!Self.checks("共100人,其中党员20人、团员30人、群众70人。").contains { $0.consistent && $0.statement.contains("= 30 + 70") })
        #expect(!Self.checks("共100件,其中甲60件,乙50件,丙40件,丁60件。").contains { $0.consistent && $0.statement.contains("= 40 + 60") })
        // Overlapping classes with shares (real, probes/xsum20.txt): never flagged.
        #expect(Self.flags("2017年,全国发展党员198.2万名,比上年增加7.1万名。其中,生产、工作一线的100.6万名,占50.8%;大专及以上学历的86.0万名,占43.4%;35岁及以下的161.3万名,占81.4%。")
            .filter { $0.kind == "sum" }.isEmpty)
    }

    // MARK: a 其中 breakdown cut by a line break

    @Test func aBreakdownCutInsideAnItemRunsToItsSentenceEnd() {
        let text = "计划完成各类工程100件,其中:水毁修复40件,沟道岁修30件,病险水\n库除险加固10件;河道治理15件;其它5件。"
        #expect(Self.checks(text).contains { $0.consistent && $0.statement.hasPrefix("total 100件 = 40 + 30 + 10 + 15 + 5") })
        // A subset of overlapping classes over the break stays unflagged.
        #expect(Self.flags("共有职工100人,其中:党员40人,大专以上学\n历30人;女职工50人。").isEmpty)
    }

    // MARK: quoted names

    @Test func quotedNamesWithANounAfterDengAndLongTitles() {
        let lectures = Self.checks("举办“法律,离老百姓的生活不远”、“人体阳气与健康”、“汉语之美”等知识讲座3期。")
        #expect(lectures.contains { $0.consistent && $0.statement.hasPrefix("count check: 3 = ") })
        let parts = Self.checks("报告由“总体情况”“主动公开政府信息情况”“收到和处理政府信息公开申请情况”三个部分组成。")
        #expect(parts.contains { $0.consistent && $0.statement.hasPrefix("count check: 3 = ") })
    }

    @Test func quotedNameNearMisses() {
        // A quote longer than a title (a sentence quoted): no count.
        #expect(!Self.checks("报告由“总体情况”“今年以来我们围绕中心服务大局扎实推进各项工作取得了明显成效”两个部分组成。")
            .contains { $0.statement.hasPrefix("count check: 2") })
        // 等 may leave names out: a count above the names is neither credited nor flagged.
        let more = Self.checks("举办“人体阳气与健康”、“汉语之美”等知识讲座5期。")
        #expect(!more.contains { $0.statement.hasPrefix("count check: 5") })
        #expect(more.filter { !$0.consistent }.isEmpty)
        // A noun longer than a name's head (7 letters and more) between 等 and the count: not read here.
        #expect(!Self.checks("举办“人体阳气与健康”、“汉语之美”等系列主题宣传教育活动2期。").contains { $0.statement.hasPrefix("count check: 2") })
    }
}
