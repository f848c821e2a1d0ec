import Testing
@testable import TaizhangText

/// Sums read across sentences (twenty-second pass, xsum: `TotalParts+NextSentence`,
/// `TotalParts+EarlierLines`): a whole in one sentence, its parts in a later one with no marker
/// between. Synthetic shapes, never corpus text: consistent ones are read and never flagged, wrong
/// ones (a partition that misses its whole) flagged, near misses never flagged.
@Suite struct CrossSentenceSumTests {
    typealias Case = GrammarCase

    static func readAcross(_ checks: [ArithmeticCheck]) -> Bool {
        checks.contains { $0.consistent && ($0.statement.contains("next sentence") || $0.statement.contains("sentence before")
            || $0.statement.contains("(stated earlier) = ")) }
    }

    static let consistent: [Case] = [
        Case("bare sexes after a lone whole", "全村共有党员38名。男34名,女4名。"),
        Case("sexes naming the whole's noun", "全村共有党员38名。男党员34名,女党员4名。"),
        Case("a frame X中 names the whole", "全社区共有党员48人,占人口总数的1.6%。党员中男的39人、女9人。"),
        Case("town and country, two sentences on", "全县户籍人口52000人,户数15000户。全年出生人口400人。城镇人口21000人,乡村人口31000人。"),
        Case("age bands from 0 to open", "年末户籍人口1000人,较上年减少12人。18岁以下200人,18-59岁550人,60岁及以上250人。"),
        Case("kinds of the whole's noun", "今年共安排重点项目120项。新建项目70项,续建项目50项。"),
        Case("parts before the whole", "小学教师320人,初中教师210人。全镇共有教职工600人,其中教师530人。"),
        Case("a whole in an earlier paragraph", "全县常住人口为97985人。\n全县人口中,男性人口为51178人,占52.23%;女性人口为46807人,占47.77%。"),
        Case("within the rounding of 万", "年末户籍人口10.12万人。男性5.21万人,女性4.90万人。"),
    ]

    static let errors: [Case] = [
        Case("bare sexes short of the whole", "全村共有党员38名。男34名,女3名。"),
        Case("sexes naming the noun, over", "全村共有党员38名。男党员34名,女党员5名。"),
        Case("a part above the whole", "全村共有党员30名。男党员34名,女党员4名。"),
        Case("X and 非X", "全县共有行政村120个。贫困村30个,非贫困村80个。"),
        Case("town and country", "全县户籍人口52000人。城镇人口21000人,乡村人口30000人。"),
        Case("age bands short", "年末户籍人口1000人。18岁以下200人,18-59岁550人,60岁及以上200人。"),
        Case("over a sentence of 其中 subsets", "全村总人口1000人。其中贫困人口100人。男性520人,女性470人。"),
    ]

    static let nearMisses: [Case] = [
        // The parts count something else than the whole.
        Case("another noun in the labels", "全村人口2200人。男劳动力600人,女劳动力500人。"),
        Case("parts followed by their own predicate", "全村人口2200人。男600人外出务工,女500人在家务农。"),
        Case("a third figure in the parts' sentence", "全村党员38名。男党员30名,女党员5名,预备党员2名。"),
        Case("partial list", "全村党员38名。主要有男党员30名、女党员5名等。"),
        // No partition: the labels may overlap or leave a rest.
        Case("kinds that need not cover the whole", "今年共安排重点项目120项。工业项目70项,农业项目40项。"),
        Case("bands with a gap", "年末户籍人口1000人。18岁以下200人,20-59岁550人,60岁及以上200人。"),
        Case("bands without an open end", "年末户籍人口1000人。18岁以下200人,18-59岁550人。"),
        // The whole is no single figure, or stands too far for bare labels.
        Case("two wholes before bare labels", "全村人口2200人,劳动力1200人。男600人,女500人。"),
        Case("bare labels two sentences on", "全村党员38名。支部按期换届。男34名,女3名。"),
        Case("a comparison base is no whole", "比上年同期的40名相比有所减少。男党员34名,女党员3名。"),
        Case("a whole of a share", "占全村党员40名的比重较高。男党员34名,女党员3名。"),
        // Across paragraphs only agreement is read.
        Case("an earlier paragraph, not adding up", "全县常住人口为97985人。\n全县人口中,男性人口为51178人;女性人口为40807人。"),
        // Ages are bounds, not totals.
        Case("an age band's bound before 其中", "全县人口中,60岁及以上人口为17028人,占17.38%,其中65岁及以上人口为12486人。"),
    ]

    @Test(arguments: consistent)
    func aConsistentSumAcrossSentencesIsRead(_ probe: Case) {
        let checks = Checker.check(text: probe.text).checks
        #expect(Self.readAcross(checks) && !checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: errors)
    func aWrongPartitionAcrossSentencesIsFlagged(_ probe: Case) {
        let checks = Checker.check(text: probe.text).checks
        #expect(checks.contains { !$0.consistent && $0.statement.contains("next sentence") }, "\(checks.map(\.statement))")
    }

    @Test(arguments: nearMisses)
    func aNearMissIsNeverFlagged(_ probe: Case) {
        let checks = Checker.check(text: probe.text).checks
        #expect(!checks.contains { !$0.consistent }, "\(checks.filter { !$0.consistent }.map(\.statement))")
    }

    @Test func closedPairsAndHeads() {
        func s(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        #expect(TotalParts.exhaustivePair(s("男党员"), s("女党员")))
        #expect(TotalParts.exhaustivePair(s("城镇人口"), s("乡村人口")))
        #expect(TotalParts.exhaustivePair(s("城市居民"), s("农村居民")))
        #expect(!TotalParts.exhaustivePair(s("城镇新增就业"), s("农村劳动力转移")))
        #expect(!TotalParts.exhaustivePair(s("工业项目"), s("农业项目")))
        #expect(TotalParts.headNoun([s("男性人口"), s("女性人口")]) == s("人口"))
        #expect(TotalParts.headNoun([s("男"), s("女")]).isEmpty)
        var label = s("党员中男的")
        #expect(TotalParts.framedWhole(&label) == s("党员") && label == s("男的"))
        var other = s("其中男")
        #expect(TotalParts.framedWhole(&other) == nil)
    }
}
