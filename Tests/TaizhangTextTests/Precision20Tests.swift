import Testing
@testable import TaizhangText

/// Session 20 (precision20): the readers written for false-flag families, each on synthetic lines
/// and on the near misses it must leave alone.
@Suite struct Precision20Tests {
    static func flags(_ line: String, _ kind: FindingKind) -> [String] {
        Checker.check(text: "概况\n" + line).findings.filter { $0.kind == kind }.map(\.text)
    }

    @Test func aBlankRangeIsOneBlank() {
        #expect(Self.flags("一、xx-xx年主要工作开展情况", .placeholder) == ["xx-xx"])
        #expect(Self.flags("认真开展20xx-20xx年度考核工作", .placeholder) == ["20xx-20xx"])
        #expect(Self.flags("及时制定《xx县xx-xx年雪灾建房工作实施方案》", .placeholder) == ["xx", "xx-xx"])
        #expect(Self.flags("计划于x~x月完成", .placeholder) == ["x~x"])
    }

    @Test func rangeNearMisses() {
        #expect(!Self.flags("型号XX-XL的服装已发放", .placeholder).contains { $0.contains("-") })
        #expect(!Self.flags("开展X-ray检查", .placeholder).contains { $0.contains("-") })
        #expect(Self.flags("参加4x100-4x200米接力", .placeholder).isEmpty)
    }

    @Test func aMaskedValueOfAMetadataRowIsNoBlank() {
        #expect(Self.flags("上传人:33****8 文档编号:33188775 上传时间:2022-08-10 格式:DOCX", .placeholder).isEmpty)
        #expect(Self.flags("上传人:文库****品店 上传时间:2024-09-11 格式:PDF 页数:3", .placeholder).isEmpty)
    }

    /// At the scanner level: a short key:value row is site chrome as a whole, which would hide a
    /// false reading of the placeholder rule.
    static func blanks(_ text: String) -> [String] {
        let line = LineText(number: 1, raw: Array(text.unicodeScalars.map(\.value)))
        return PlaceholderRule.scan(line).map { line.string($0.start..<$0.end) }
    }

    @Test func maskedRowNearMisses() {
        #expect(Self.blanks("上传人:33****8 文档编号:33188775").isEmpty)
        // Nothing kept on the left: a form's blank.
        #expect(Self.blanks("负责人:**** 联系电话:12345678") == ["****"])
        // No key's colon before the value: a blank in a clause.
        #expect(Self.blanks("根据****市发展和改革委员会的统一安排") == ["****"])
        // Two stars: below a site's fixed mask.
        #expect(Self.blanks("地址:福州**路 电话:12345678") == ["**"])
        // x beside the stars is a blank of its own, and so are the stars.
        #expect(Self.blanks("单位:xx县****镇 日期:2023").contains("****"))
        // No next key after the value: a sentence's blank.
        #expect(Self.blanks("现将:福州****镇开展的工作汇报如下") == ["****"])
    }

    @Test func aMeasureClosingAListedNameIsNoDeletedNumber() {
        #expect(Self.flags("今年,重点实施了西湾、中牌、园艺场、新华、东湾村内绿化工作。", .missingNumber).isEmpty)
        #expect(Self.flags("有无水沟、粪场、垃圾场、饲养场;", .missingNumber).isEmpty)
    }

    @Test func listedNameNearMisses() {
        // Every item closed by a measure: counts whose figures went.
        #expect(Self.flags("辖区内有网吧家、宾馆家、超市家。", .missingNumber).count == 3)
        // A neighbour with its figure: the list is of counts.
        #expect(Self.flags("共举办讲座次、培训3期、展览2场。", .missingNumber) == ["次"])
        // No list: a clause-final measure after a plain letter.
        #expect(Self.flags("全年共举办文体活动场。", .missingNumber) == ["场"])
    }

    @Test func questionMarksBeforeAUnitAreBlanks() {
        #expect(Self.flags("上半年,全县共计完成造林整地???万亩,占任务数???万亩的107%;", .placeholder) == ["???", "???"])
        #expect(Self.flags("本年度造林成活率达到??%,较去年提高", .placeholder) == ["??"])
        #expect(Self.flags("已完成珠防林工程项目造林??万亩、退耕还林荒山造林??万亩。", .placeholder) == ["??", "??"])
    }

    @Test func questionMarkNearMisses() {
        // A garbled page's lost characters: a single mark, or a run before a letter taking no figure.
        #expect(Self.flags("寫好部門工作總結(jié)——總結(jié)的主干??偨Y(jié)工作的目的", .placeholder).isEmpty)
        #expect(Self.flags("實(shí)現(xiàn)了長(zhǎng)足發(fā)展?,F(xiàn)將工作總結(jié)如下", .placeholder).isEmpty)
        // A date's part: a lost letter as likely as a blank.
        #expect(Self.flags("中国台湾网 报道 ??年??月", .placeholder).isEmpty)
        // A question asked twice.
        #expect(Self.flags("你们后悔过吗??请回答。", .placeholder).isEmpty)
    }
}
