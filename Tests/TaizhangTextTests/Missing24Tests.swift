import Testing
@testable import TaizhangText

/// Thirtieth pass (issue #14, missing24): the near misses of a year deleted where it stood alone and of
/// a count deleted before a clause-final 名 — words 年 opens or closes, yearly rates after a place, words
/// ending in 名. The readers themselves were taken out at session 24's merge (one new false missing
/// number on the held-out split; docs/checker.md "### Session 24 — merged main"); these keep any later
/// reader of the forms from reading the words.
@Suite struct Missing24Tests {
    private func deleted(_ text: String) -> [String] {
        Checker.check(text: "概况\n" + text).findings.filter { $0.kind == .missingNumber }.map(\.text)
    }

    // MARK: a year alone at a clause's start

    /// Near misses: 年 closing a word before the comma (今年, 去年, 上半年, 之年), 年 opening one
    /// (年初, 年内, 年终), a blank or a figure before 年, a dated byline with its year.
    @Test func yearWordsBlanksAndFiguresBeforeACommaAreNotRead() {
        #expect(deleted("今年,我站共组织培训班5期;去年,全镇接待游客3万人次;上半年,各村完成任务;这是多灾之年,年初的冰雪。\n").isEmpty)
        #expect(deleted("年初,我们与各村签订责任书;年内出生4人;年终,严格考核。\n").isEmpty)
        #expect(deleted("20xx 年,我镇集中整治。2023年,全县新建广场2处。——2017年11月27日在省人大常委会上\n").isEmpty)
    }

    // MARK: a year after a place's name

    /// Near misses: 年 opening a word or a yearly rate after a place (年度, 年轻, 年接待, 年工作总结,
    /// 年人均), 全 before the place (全市年财政收入), a year with its digits.
    @Test func yearWordsAndRatesAfterAPlaceAreNotRead() {
        #expect(deleted("占市年度目标任务的52%,城市年轻人居多,我市年接待游客30万人次,乡镇年工作总结范文。\n").isEmpty)
        #expect(deleted("全县年人均纯收入8000元,全市年财政收入5亿元,景区年游客量20万人次,城镇年人均可支配收入3万元。\n").isEmpty)
        #expect(deleted("利川市2018年元旦、春节系列文化活动,社区2015年民政工作总结。\n").isEmpty)
    }

    // MARK: a count deleted before a clause-final 名

    /// Near misses: words 名 closes (姓名, 报名, 签名, 排名, 成名, 为名, 中文名), counts with their
    /// figure (25名, 两名, 3万名).
    @Test func wordsEndingInNameAndCountsWithFiguresAreNotRead() {
        #expect(deleted("请填写姓名,报名,签名。此次考核全市排名,他一举成名,以帮扶为名,中文名:衡水。\n").isEmpty)
        #expect(deleted("共有党员25名,其中正式党员两名,入党积极分子3万名。\n").isEmpty)
    }
}
