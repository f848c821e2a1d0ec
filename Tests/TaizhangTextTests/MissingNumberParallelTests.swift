import Testing
@testable import TaizhangText

/// A count deleted from a list of counts (mnprobe): a measure closing a clause right after a
/// noun, in a sentence that counts with digits — in the same measure, or for people,
/// households and goods in any unit. Near misses: words ending in a measure (负责人, 排名,
/// 派出所, 困难户), a verb of movement (进场), a one-letter stem (亡人, a column's name),
/// a time (月底起), and ordinals. Synthetic sentences, verdicts by hand.
@Suite struct MissingNumberParallelTests {
    @Test(arguments: [
        "筛查出高血压720人,管理人;糖尿病117人,管理117人。",
        "现有小学12所,初中所,高中2所。",
        "发生道路交通事故起、死亡3人,较上年减少12起。",
        "全区低保对象户,月发放低保金73.9万元。",
        "成立合唱队,队员名,平均年龄65岁。",
        "种植早稻3.2万亩、油菜万亩。",
    ])
    func aCountInAListLostItsNumber(text: String) {
        // Act
        let findings = Checker.check(text: text).findings

        // Assert
        #expect(findings.contains { $0.kind == .missingNumber }, "\(text)")
    }

    @Test(arguments: [
        "慰问困难群众85人,走访老人。",
        "本次培训学员120人,负责人,王明。",
        "全县党员4800名,综合排名,位居全市前列。",
        "设14个乡镇司法所,派出所。",
        "扶持种植户30户,重点帮扶困难户。",
        "与上年相比,起数、亡人、伤人分别下降12%、8%、5%。",
        "自2023年5月底起,共办理案件35件。",
        "施工队伍12支已进场,设备30台已到场。",
        "第三届运动会共有选手120人,为历届之最。",
        "引进高层次人才15人,培养个人。",
        "评出先进个人12名,万元户30户。",
    ])
    func aWordEndingInAMeasureIsNoDeletedCount(text: String) {
        // Act
        let findings = Checker.check(text: text).findings

        // Assert
        #expect(!findings.contains { $0.kind == .missingNumber }, "\(text)")
    }
}
