import Testing
@testable import TaizhangText

/// missing15 (issue #14): a count deleted under 共/累计, before a person noun after 向/给/为, or in
/// an attendance pair — flagged only where the grammar demands a figure, never where the measure
/// letter closes a noun, a list goes on, or nothing in the sentence takes the total up.
@Suite struct MissingCountGrammarTests {
    private func deleted(_ text: String) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == .missingNumber }.map(\.text)
    }

    @Test(arguments: [
        ("全年在网站上共主动公开条,其中政策文件5条。", ["条"]),
        ("今年共收住病人人,住院满意率98%。", ["人"]),
        ("全村共有登记选民人,参选率90%。", ["人"]),
        ("上半年共调处矛盾纠纷起,调处成功率98%。", ["起"]),
        ("全镇共有农户户,其中脱贫户120户。", ["户"]),
        ("累计培训学员人,结业率100%。", ["人"]),
        ("主任代表班子向位老同志通报了工作情况。", ["位"]),
        ("镇党委为位老党员颁发了纪念章。", ["位"]),
        ("召开全体党员大会,党员应到人、实到人,参会率95%。", ["人", "人"]),
        ("本次培训应到名,实到名,到课率100%。", ["名", "名"]),
    ])
    func a_count_the_grammar_demands_is_flagged(text: String, measures: [String]) {
        #expect(deleted(text) == measures)
    }

    /// A measure letter closing a name in a 、-list counted by 等N: the last letter of a place
    /// name (红花套, 马家台), not a count; a clause of its own in the list is still read.
    @Test func a_name_in_a_counted_list_is_no_deleted_count() {
        #expect(deleted("对红花套、高坝洲、枝城、松木坪等4个乡镇福利院进行了改造。").isEmpty)
        #expect(deleted("走访了马家台、李家场、王家湾等三个村。").isEmpty)
        #expect(deleted("全年举办讲座场、发放宣传资料份等多项活动。") == ["场"])
        #expect(deleted("开展活动场、其他工作等。") == ["场"])
    }

    /// Sentences an office writes where a measure letter follows 共/累计, 向/为 or 实到 and no
    /// figure was deleted: a noun the letter closes, a list whose count comes at its end, a
    /// total nothing takes up, a word 位 begins, a verb of responsibility before 到人.
    @Test(arguments: [
        // a noun closing on the measure letter, even with a rate or 其中 after it
        "共检查食品经营单位,合格率达98%。",
        "累计新增就业岗位,就业率保持稳定。",
        "共设置空气监测点位,达标率100%。",
        "全市累计查处违法违规车辆,查处率逐年上升。",
        "累计帮扶贫困户,脱贫率100%。",
        "共走访辖区农户,走访率100%。",
        "累计服务网点用户,满意率99%。",
        "共走访辖区企业和商户,其中个体工商户占六成。",
        "累计走访慰问困难户,其中特困户12户。",
        "共检查娱乐场所,合格率96%。",
        "累计联系辖区派出所,其中城区所5个。",
        "全年累计办理审批,按时办结率100%。",
        "全年合计收支,收支平衡率良好。",
        "累计发布新闻头条,阅读率较高。",
        "共组织学生参观生产车间,其中部分学生参与实践。",
        "累计工作时间,人均出勤率98%。",
        "全年累计完成销售收入,较上年同期,增长率12%。",
        "共有街道办事处,其中城区3个。",
        "从源头抓起,共同抓起,化解率98%。",
        "累计开展实名,实名率100%。",
        // measure letters that are productive noun suffixes (所, 处, 期, 间, 户, 名), and 户 reduplicated
        "全年共检查宾馆招待所,合格率98%。",
        "累计走访乡镇司法所,其中3个所达到规范化标准。",
        "共联系驻外代表处,其中新设2个。",
        "累计避开用电高峰期,节电率10%。",
        "共改造农村卫生间,改厕率明显提高。",
        "共核查企业笔名,其中多为重名。",
        "共发动家家户户,参与率100%。",
        "共收缴非法枪支,其中仿真枪占多数。",
        "累计节约办公纸张,节约率15%。",
        // 人 after a letter that is no noun of persons
        "共表彰先进个人,其中女性占四成。",
        "共帮扶残疾人,其中重度残疾占三成。",
        "共服务调解当事人,调解成功率98%。",
        "累计服务老年人,满意率98%。",
        "共接待陌生人,登记率100%。",
        "共征求众人,采纳率80%。",
        "累计惠及人人,覆盖率100%。",
        "共明确各村负责人,其中党员占九成。",
        // a list whose count comes at its end
        "全年共检查餐饮单位、学校食堂、建筑工地等120家。",
        "共检查车辆、船舶560辆次。",
        "共走访贫困户、低保户、五保户等120户。",
        "累计排查企业、单位、场所230家。",
        // 共 and 累计 with nothing that takes a total up
        "共检查重点单位,发现并整改隐患56处。",
        "共检查车辆,查处违法行为12起。",
        "共走访农户,了解群众诉求。",
        "共建单位,共享率高。",
        // 位 beginning a word, 各位, a preposition before no person
        "向位于城郊的企业发放补贴。",
        "为位置偏远的村配送物资。",
        "为位居全省前列的企业颁奖。",
        "作为位次靠前的单位,要发挥示范作用。",
        "向位列前三名的代表队颁奖。",
        "为位处城郊的企业职工提供班车。",
        "向各位代表致以问候。",
        "向位移监测站报告数据。",
        "不能因为位高权重的领导干部打招呼就放松监管。",
        // 到人 after a verb of responsibility, 应到 without its 实到
        "层层压实到人,确保责任落实。",
        "各项任务逐一分解落实到人。",
        "责任核实到人、到户,实到率100%。",
        "做到应到人,不漏一户。",
    ])
    func a_measure_letter_where_no_number_was_deleted_is_not_flagged(text: String) {
        #expect(deleted(text).isEmpty, "\(text)")
    }
}
