import Testing
@testable import TaizhangText

/// Balances of work items read by the role word of each figure (twenty-third pass, xbalance;
/// `Arithmetic.balances`, `BalanceRun`): carried + new = closed + pending, received = closed +
/// pending, checked = passed + failed, and named rates over the wholes they derive (结案率 over
/// 旧存 + 新收, 合格率 over 合格 + 不合格 or 抽检 − 不合格). Flags need every term with its role word;
/// a missing term, a modified rate name, an approximate or comparison figure is never flagged.
@Suite struct BalanceGrammarTests {
    typealias Case = GrammarCase

    static let consistent: [Case] = [
        Case("four roles and a rate over carried + new", "全院新收各类案件3964件,旧存194件,未结1578件,已结2580件,综合结案率62.05%。"),
        Case("received = closed + pending, in 万件", "全国法院共受理案件1458.6万件,结案888.7万件,结案率60.9%,未结案件569.9万件。"),
        Case("checked = passed + failed and 合格率", "共抽检食品120批次,合格117批次,不合格3批次,合格率97.5%。"),
        Case("化解率 over 排查", "排查矛盾纠纷50起,化解48起,化解率96%。"),
        Case("合格率 over checked − failed", "全年共抽查农产品样品200批次,检测出不合格样品3批次,合格率为98.5%。"),
        Case("不合格率 with a checking modifier", "完成食品安全监督抽检2921763批次,发现不合格样品70174批次,监督抽检不合格率为2.40%。"),
        Case("two runs in one sentence", "受理刑事案件68件,结案38件,结案率为55.88%;受理民商事案件925件,结案440件,结案率为47.57%。"),
        Case("traditional characters", "全院舊存案件120件,新收案件880件,審結案件900件,未結案件100件,結案率90%。"),
    ]

    static let wrong: [Case] = [
        Case("four roles off", "本院旧存案件20件,新收案件100件,审结案件90件,未结案件20件。"),
        Case("结案率 off its derived whole", "本院旧存案件20件,新收案件100件,审结案件90件,未结案件30件,结案率80%。"),
        Case("合格率 off passed + failed", "共抽检食品120批次,合格117批次,不合格3批次,合格率96.5%。"),
        Case("快检 合格率 off", "开展食用农产品快检总数62715批次,合格62589批次,不合格126批次,合格率99.69%。"),
        Case("checked = passed + failed off", "共抽检食品120批次,合格115批次,不合格3批次。"),
        Case("合格率 off checked − failed", "抽检样品200批次,检出不合格3批次,合格率90%。"),
    ]

    static let nearMisses: [Case] = [
        Case("no carried figure", "全国法院新收案件1512.5万件,比去年同期上升20.56%;结案1238.9万件,同比上升20.16%;结案率为68.17%。"),
        Case("three roles, no carried", "全市法院新收案件878247件,审结案件899420件,未结案件184194件。"),
        Case("received = closed + pending off (受理 may be new only)", "共受理案件100件,办结90件,在办20件。"),
        Case("a modified rate names another numerator", "旧存案件20件,新收案件100件,审结案件90件,按期办结率80%。"),
        Case("the pending figure a subset", "旧存案件20件,新收案件100件,审结案件90件,其中未结案件20件。"),
        Case("an approximate term", "旧存案件约20件,新收案件100件,审结案件90件,未结案件20件。"),
        Case("a figure of last year", "旧存案件20件,新收案件100件,审结案件90件,去年同期未结案件20件。"),
        Case("another measure", "旧存案件20件,新收案件100件,审结案件90人,未结案件20件。"),
        Case("passed and failed, 合格率 of another base", "共抽检食品120批次,合格117批次,不合格3批次,其中蔬菜合格率90%。"),
        Case("a rate of another process", "共处理劳动人事争议54.72万件,共办结51.00万件,仲裁结案率81.87%。"),
        Case("closed more than received", "港口区共受理539件,办结566件,实际办理提速89.5%。"),
    ]

    static func checks(_ body: String) -> [ArithmeticCheck] {
        Checker.check(text: "工作情况\n" + body, path: "balance.txt").checks
    }

    @Test(arguments: consistent) func balanceIsCredited(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(checks.contains { $0.consistent && ($0.statement.hasPrefix("balance") || $0.statement.contains("(closed)") || $0.statement.contains("(passed)") || $0.statement.contains("(failed)") || $0.statement.contains("checked − failed")) }, "\(checks.map(\.statement))")
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: wrong) func balanceOffIsFlagged(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(checks.contains { !$0.consistent && ($0.statement.hasPrefix("balance") || $0.statement.contains(") / ")) }, "\(checks.map(\.statement))")
    }

    @Test(arguments: nearMisses) func nearMissIsNotFlagged(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }
}
