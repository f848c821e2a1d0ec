import Testing
@testable import TaizhangText

/// Wrong statements named by grammar, not by agreement (eighteenth pass, wrongsum): each rule
/// with wrong statements that must be flagged (most are dev statements broken as the
/// metamorphic probe breaks them, which main's rules left unread) and near misses — the
/// correct twin and forms the rule must not take — that must never be flagged.
@Suite struct WrongStatementGrammarTests {
    typealias Case = GrammarCase

    static let errors: [Case] = [
        // one whole named by the list: the outlier's rate
        Case("sibling shares, 占总量的", "求助类401069个,占总量的35.97%;咨询类158019个,占总量的22.05%;举报类来电62635个,占总量的8.74%;投诉类来电49557个,占总量的6.92%。"),
        Case("sibling shares, mixed phrases", "从诉求类型来看,投诉类826件,占总量的52.84%;咨询类211件,占总量13.5%;求助类415件,占总量46.56%;建议类47件,占总量的3%;举报类50件,占比量3.2%;其他类14件,占比量0.9%。"),
        Case("sibling shares, 占全部 then 占", "累计接听电话684175个,占全部诉求的95.48%;受理微信留言24003条,占23.35%;受理短信5333条,占0.74%;受理省级网站诉求1034个,占0.14%。"),
        // the part right before 占's clause
        Case("part before 占, a second pair", "完成财政总收入4348万元,占年初预算10065万元的43.2%。其中:税收收入3511万元,占年初预算8465万元的41.5%,同比下降5%;非税收入837万元,占年初预算1600万元的32.3%。"),
        Case("part before 完成…的, over 100%", "今年以来,城镇新增就业8000人,失业人员再就业6650人,完成年目标任务6600人的80.76%。"),
        // a part's share named by the total's noun, 占比率
        Case("占<total noun>总数的", "整顿后全市现有调委会2599个,其中规范化调委会2180个,占调委会总数的63.9%。"),
        Case("占比率达", "本月市民工单3656件。其中:投诉类2954件,占比率达60.80%。"),
        // the base of a count rate
        Case("base with a note in brackets", "共受理各类案件1803件(旧存240件),结案894件,结案率69.58%。"),
        Case("base, count and rate as a unit after ;", "其中:受理刑事案件68件,结案38件,结案率为55.88%;受理民商事案件925件,结案440件,结案率为67.57%。"),
        Case("count opening its sentence, base before", "全院共受理各类案件4939件(含旧存256件),同比增加105.53%。结案2837件,结案率37.44%。"),
        Case("base and 已-count in one clause", "92个计划新开工项目已开工51个,开工率35.4%。"),
        // parts differing in one letter: one attribute
        Case("有效 and 无效", "公开流程信息合计2299件,其中有效公开案件2262件,无效公开案件74件。"),
        Case("旱田 and 水田", "全乡耕地面积244316亩,其中旱田面积236323亩,水田面积15986亩。"),
        Case("线上 and 线下", "共服务群众2.3万人次,其中线上服务15000人次,线下服务9000人次。"),
        // rows of a flattened table: parts with the total's changes in between
        Case("rows with 同比 and 环比", "医院3.5亿人次,同比提高10.6%,环比下降4.4%,其中:公立医院2.9亿人次,同比提高10.6%,环比下降4.8%;民营医院1.2亿人次,同比提高10.6%,环比下降2.2%。"),
        Case("rows in traditional characters", "醫院16.3億人次,同比提高4.2%,其中:公立醫院14.2億人次,同比提高2.9%;民營醫院4.4億人次,同比提高14.1%。"),
        // rows between semicolons before 合计
        Case("rows then 合计", "城区学校投入300万元;农村学校投入250万元;合计500万元。"),
        Case("rows after a colon then 共计", "资金投向:道路硬化投入180万元;安全饮水投入90万元;村容整治投入60万元;共计300万元。"),
        // two shares of labels of one attribute
        Case("直办 and 转办 shares", "本周所受理的市民诉求中,直办37527件,占32.7%,转办33657件,占47.3%。"),
        // a figure framed by …中
        Case("frame, 率", "在已审结的87件民事案件中,调解、撤诉结案49件,调解率为36.3%。"),
        Case("frame, 占比 after the part's clause", "截至7月底,10项街道民生实事项目中,1项已完成,4项推进顺利,5项推进滞后,滞后项目占比30%。"),
        // classes of one classification
        Case("class shares over 100%", "受理的诉求中,咨询类占比45%,投诉类占比38%,建议类占比25%。"),
    ]

    static let nearMisses: [Case] = [
        Case("sibling shares, correct", "从诉求类型来看,投诉类826件,占总量的52.84%;咨询类211件,占总量13.5%;求助类415件,占总量26.56%;建议类47件,占总量的3%;举报类50件,占比量3.2%;其他类14件,占比量0.9%。"),
        Case("shares of the parts' own sum", "共受理诉求2844件。其中,咨询类1246件,占63.7%;求助类567件,占29.0%;投诉类143件,占7.3%。"),
        Case("其中 opens shares of a part", "党员200人,占40%;团员150人,占30%;群众150人,占30%;其中女党员50人,占25%。"),
        Case("shares of several wholes", "项目12个,占40%;企业30家,占25%;就业500人,占10%。"),
        Case("two pairs of other wholes", "男党员120人,占60%,女干部30人,占25%。"),
        Case("other phrases name other wholes", "税收收入3511万元,占全部收入的80%;非税收入837万元,占全部收入的19.1%;其中罚没收入200万元,占非税收入的23.9%。"),
        Case("part before 占, correct", "其中:税收收入3511万元,占年初预算8465万元的41.5%;非税收入837万元,占年初预算1600万元的52.3%。"),
        Case("a part after 其中 before 占", "完成5亿元,其中工业3亿元,占任务10亿元的50%。"),
        Case("完成…的 over 100%, correct", "今年以来,城镇新增就业8000人,失业人员再就业6650人,完成年目标任务6600人的100.76%。"),
        Case("another whole's 总数", "全市现有调委会2599个,其中规范化调委会2180个,占全省调委会总数的13.9%。"),
        Case("占<total noun>总数的, correct", "整顿后全市现有调委会2599个,其中规范化调委会2180个,占调委会总数的83.9%。"),
        Case("count rate, correct", "共受理各类案件1803件(旧存240件),结案894件,结案率49.58%。"),
        Case("a base after a comma is no unit", "受理案件1000件,转办200件,结案180件,结案率18%。"),
        Case("count opening its sentence, correct", "全院共受理各类案件4939件(含旧存256件),同比增加105.53%。结案2837件,结案率57.44%。"),
        Case("base before, another measure", "走访群众500人。办结108件,办结率95%。"),
        Case("two bases in the sentence before", "受理来信120件,来访80件。办结70件,办结率95%。"),
        Case("base and 已-count, correct", "92个计划新开工项目已开工51个,开工率55.4%。"),
        Case("two lines of breakdown", "现有职工56人,其中党员32人,大专以上学历48人。"),
        Case("labels sharing a head", "共有党员50人,其中男党员30人,党员干部25人。"),
        Case("labels differing in two letters", "全县学校58所,其中重点学校30所,寄宿学校40所。"),
        Case("one attribute, a subset", "全乡耕地面积244316亩,其中旱田面积200000亩,水田面积15986亩。"),
        Case("直办 and 转办 shares, correct", "本周所受理的市民诉求中,直办37527件,占52.7%,转办33657件,占47.3%。"),
        Case("two shares, the second of the first", "在检查中,发现问题20个,占30%,整改15个,占75%。"),
        Case("frame, correct", "在已审结的87件民事案件中,调解、撤诉结案49件,调解率为56.3%。"),
        Case("frame, a rate of another count", "截至7月底,10项街道民生实事项目中,1项已完成,4项推进顺利,5项推进滞后,完成率10%。"),
        Case("其中 is no frame", "共受理诉求500件,其中,市级转办200件,办结180件,办结率为90%。"),
        Case("a frame with two figures", "在全县12个乡镇200个村中,已有150个村完成改造,完成改造率60%。"),
        Case("rows, correct", "医院3.5亿人次,同比提高10.6%,环比下降4.4%,其中:公立医院2.9亿人次,同比提高10.6%,环比下降4.8%;民营医院0.6亿人次,同比提高10.6%,环比下降2.2%。"),
        Case("rows without the changes", "医院3.5亿人次,同比提高10.6%,其中:三级医院2.9亿人次;民营医院1.2亿人次。"),
        Case("rows with other changes", "医院3.5亿人次,同比提高10.6%,其中:三级医院2.9亿人次,同比提高10.6%;民营医院1.2亿人次,占比34%。"),
        // (Twenty-third pass, xparts: the labels were 城市居民 / 农村居民 — a closed pair of classes,
        // which ClosedClasses now reads as covering the whole; ClosedClassesTests flags that form.)
        Case("rows not of the total's noun", "医院3.5亿人次,同比提高10.6%,其中:门诊病人2.9亿人次,同比提高10.6%;住院病人1.2亿人次,同比提高2.2%。"),
        Case("parts after a comma, not rows", "医院3.5亿人次,同比提高10.6%,其中:三级医院2.9亿人次,同比提高10.6%,民营医院1.2亿人次,同比提高2.2%。"),
        Case("rows then 合计, correct", "城区学校投入300万元;农村学校投入200万元;合计500万元。"),
        Case("rows less than 合计 (kinds not listed)", "城区学校投入300万元;农村学校投入150万元;合计500万元。"),
        Case("rows after a comma", "全年投入资金800万元,城区学校投入300万元;农村学校投入250万元;合计500万元。"),
        Case("a row with a second figure", "城区学校投入300万元,新建教室10间;农村学校投入250万元;合计500万元。"),
        Case("class shares under 100%", "受理的诉求中,咨询类占45%,投诉类占38%,建议类占17%。"),
        Case("shares of overlapping groups", "参训人员中,党员占60%,干部占55%。"),
    ]

    @Test(arguments: errors)
    func aWrongStatementIsFlagged(_ probe: Case) {
        // Setup: the text. Act
        let checks = Checker.check(text: probe.text).checks
        // Assert
        #expect(checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: nearMisses)
    func aNearMissIsNeverFlagged(_ probe: Case) {
        // Setup: the text. Act
        let checks = Checker.check(text: probe.text).checks
        // Assert
        #expect(!checks.contains { !$0.consistent }, "\(checks.filter { !$0.consistent }.map(\.statement))")
    }
}
