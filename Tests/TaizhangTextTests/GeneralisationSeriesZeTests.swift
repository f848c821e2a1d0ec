import Testing
@testable import TaizhangText

/// Session 19 (issue #14, zefix): three false "parts exceed the total" flags the unseen ze
/// series showed, written as general shapes — never corpus text — with the flags that must stay.
@Suite struct SiblingPartsTests {
    private func flags(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks.filter { !$0.consistent }
    }

    /// Rates over a base (每千人, 每万户, 人均) after 分别为 are averages, no parts of a count before them.
    @Test(arguments: ["全镇共有村医120人,其中乡村医生80人、卫生员40人,每千人口乡村医生数、卫生员数分别为1.2人、0.6人。",
                      "全区共有律师300人,其中专职律师260人、兼职律师40人,每万人口专职律师数、兼职律师数分别为3.1人、0.5人。"])
    func rates_over_a_base_are_no_parts(text: String) {
        #expect(flags(text).isEmpty)
    }

    /// An enumeration closed by 等 and a comma ended without figures: the next clause's figure
    /// is a sibling of the total (线下 / 线上), not its part.
    @Test(arguments: ["组织活动30场,线下5场活动包括手工制作、知识讲座等约200人参加,线上讲座25场。",
                      "开展培训20期,集中培训4期包括政策解读、业务操作等,网络培训16期。"])
    func a_list_closed_by_etc_ends_before_the_sibling(text: String) {
        #expect(flags(text).isEmpty)
    }

    /// Totals side by side in one measure (死亡, 受伤), each broken down by rows repeating the
    /// labels: a part labelled like the sibling total is the sibling's.
    @Test(arguments: ["全县共发生事故50起,死亡8人,受伤40人。其中道路交通事故45起,死亡6人,受伤40人;火灾事故3起,无人伤亡;其他事故2起,死亡2人。",
                      "全市共发生火灾 40 起,死亡 5 人,受伤 30 人,同比分别下降 10.0%、20.0%、5.0%。其中居民住宅火灾 30 起,死亡 4 人,受伤 30 人;仓库火灾 8 起,无人伤亡;车辆火灾 2 起,死亡 1 人。"])
    func rows_repeating_sibling_labels_are_read_by_label(text: String) {
        #expect(flags(text).isEmpty)
    }

    /// The reader itself: parts after 其中 labelled some like the sibling total (死亡) and some like
    /// this one (伤 in 受伤) are mixed; all like the sibling, they are the sibling's; without a
    /// sibling, or labelled like the total, they are the total's.
    @Test func parts_are_read_by_the_sibling_total_they_are_labelled_like() {
        func reading(_ text: String, total value: Double) -> TotalParts.SiblingReading {
            let line = LineText(number: 1, raw: Array(text.unicodeScalars.map(\.value)))
            let hits = Restatements.drop(line, QuantityScanner.scan(line))
            let total = hits.firstIndex { $0.number.value == value }!
            let marker = line.string(0..<line.count).unicodeScalars.count - (text.components(separatedBy: "其中").last!.unicodeScalars.count)
            let members = hits.filter { $0.start > marker && QuantityHit.sameMeasure($0, hits[total]) }
            return TotalParts.siblingReading(line, hits, total, members, sentence: Sentences.ranges(line)[0])
        }
        #expect(reading("共发生事故 60 起,死亡 7 人,伤 50 人,其中道路交通事故 52 起,死亡 5 人,受伤 50 人;其他事故 8 起,死亡 2 人。", total: 50) == .mixed)
        #expect(reading("派单601件,超时办理4件,其中热线派单532件、政民互动派单69件。", total: 4) == .whole(0))
        #expect(reading("全村有党员50人,其中男党员30人、女党员25人。", total: 50) == .none)
        #expect(reading("全村有人口500人,党员50人,其中女党员20人、男党员30人。", total: 50) == .none)
    }

    /// A breakdown of the sibling is read against it: above it, it is flagged there.
    @Test func parts_of_the_sibling_above_it_are_flagged_against_it() {
        let flagged = flags("派单601件,超时办理4件。其中热线派单532件、政民互动派单169件。")
        #expect(flagged.count == 1)
        #expect(flagged.first?.statement.hasPrefix("total 601") == true)
    }

    /// Near misses: parts that exceed their total stay flagged — one 、-list after 其中, a part
    /// larger than its whole, and a per-base word only BEFORE the total.
    @Test(arguments: ["共开展活动50场,其中文艺演出30场、电影放映25场。",
                      "文化室12个,其中达标文化室15个。",
                      "每千人口床位数提高后,全院共有床位200张,其中内科120张、外科100张。",
                      "全村有人口500人,党员50人,其中男党员30人、女党员25人。"])
    func parts_above_their_total_stay_flagged(text: String) {
        #expect(!flags(text).isEmpty)
    }
}

/// Session 19 (zefix): a 、-list that begins inside a heading's paragraph and goes on at line
/// starts (二、重点工作 1、… 2、… 3、… ⏎ 4、… 5、… 6、… ⏎ 7、…) skips nothing; near misses keep the skip.
@Suite struct ListBegunInsideTests {
    private func gaps(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .numbering }.map(\.line)
    }

    @Test func a_list_begun_inside_the_previous_paragraph_skips_nothing() {
        let text = """
        一、基本情况
        全年接待观众5万人次。
        二、重点工作 1、藏品管理工作 完成藏品登记。2、展览工作 举办展览3场。3、教育活动 开展讲座6场。
        4、宣传工作 发布信息20条。5、志愿服务 招募志愿者30名。6、文创开发 推出产品5种。
        7、安全管理工作 全年无安全事故。
        """
        #expect(gaps(text).isEmpty)
    }

    /// Only some of the missing markers in the line before (2、 but not 3、): the skip stands.
    @Test func a_list_with_a_marker_missing_from_the_line_before_is_a_skip() {
        let text = """
        一、基本情况
        全年接待观众5万人次。
        二、重点工作 1、藏品管理工作 完成藏品登记。2、展览工作 举办展览3场。
        4、宣传工作 发布信息20条。
        5、志愿服务 招募志愿者30名。
        """
        #expect(gaps(text) == [4])
    }
}
