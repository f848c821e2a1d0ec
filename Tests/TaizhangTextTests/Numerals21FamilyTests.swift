import Testing
@testable import TaizhangText

/// Amounts in Chinese numerals (numerals21): a place letter of a lower section after a higher
/// magnitude, figures written letter by letter, decimals written with 點 or a dot, and 兆 with its
/// lower groups — each with the near misses (approximations, years, names, ordinals, hours) that
/// must stay no quantity. Forms not invented: each positive form is one of zf09, zf10 or the
/// numerals21 probe's pages, rewritten into a sentence of its own.
@Suite struct Numerals21FamilyTests {
    static func reads(_ text: String, _ value: Double, _ unit: String, _ qualifier: String? = nil) -> Bool {
        Metrics19FamilyTests.reads(text, value, unit, qualifier)
    }

    static func readsValue(_ text: String, _ value: Double) -> Bool { Metrics19FamilyTests.readsValue(text, value) }

    static func readsNothing(_ text: String) -> Bool { Metrics19FamilyTests.hits(text).isEmpty }

    // MARK: a place letter of the lower section (zf09)

    @Test func aThousandAfterTheMyriadIsAPlaceNotAMagnitude() {
        #expect(Self.reads("鄉村業務通訊費一萬八千元。", 18_000, "元"))
        #expect(Self.reads("總預算歲入金額為四千八百四十八萬五千元,獲得全數通過。", 48_485_000, "元"))
        #expect(Self.reads("差短五百零六萬四千元由鄉庫支應。", 5_064_000, "元"))
        #expect(Self.reads("争取上级资金三亿五千万元,用于", 35_000, "万元"))
    }

    @Test func aThousandOrMyriadWithNothingHigherBeforeItStaysTheMagnitude() {
        #expect(Self.reads("全年投入八千万元,用于", 8_000, "万元"))
        #expect(Self.reads("共刪減六百萬元。", 600, "万元"))
        #expect(Self.reads("发放慰问金三千元,", 3, "千元"))
    }

    // MARK: figures written letter by letter (zf10)

    @Test func digitByDigitFiguresBeforeAMeasureAreRead() {
        #expect(Self.reads("明年總額將達九八八三億元,創新高。", 9_883, "亿元", "达"))
        #expect(Self.reads("全國已核定二五三件、總額一一二億元,", 253, "件"))
        #expect(Self.reads("全國已核定二五三件、總額一一二億元,", 112, "亿元"))
        #expect(Self.reads("僅刪除文化節五五○萬元,", 550, "万元"))
        #expect(Self.reads("總預算案歲入二七九億二○九四萬元,", 2_792_094, "万元"))
    }

    @Test func approximationsYearsNamesAndOrdinalsAreNoDigitByDigitFigure() {
        #expect(!Self.readsValue("每组三四个人,轮流值班。", 34))
        #expect(!Self.readsValue("村里来了七八万元的捐款", 78))
        #expect(!Self.readsValue("群众三三两两地走来", 33))
        #expect(!Self.readsValue("工作人员一一个别走访", 11))
        #expect(!Self.readsValue("一一二年度總預算案", 112))
        #expect(!Self.readsValue("根據一九九六年至二○二一年的支出資料", 1_996))
        #expect(!Self.readsValue("纪念一二九运动八十周年", 129))
        #expect(!Self.readsValue("第一二三期培训班", 123))
        #expect(!Self.readsValue("五一劳动节期间", 51))
    }

    // MARK: decimals in Chinese numerals

    @Test func decimalsWithAPointBeforeAMagnitudeOrPercentAreRead() {
        #expect(Self.reads("歲出規模二七七點三一億餘元,", 277.31, "亿元", "余"))
        #expect(Self.reads("增加二十六點八一億元,", 26.81, "亿元"))
        #expect(Self.reads("增幅約十點七%,", 10.7, "%", "约"))
        #expect(Self.reads("藥品費用比重攀升至十二.七%,", 12.7, "%"))
    }

    @Test func hoursAndCountsOfPointsAreNoDecimals() {
        #expect(!Self.readsValue("会议于十点五十分开始", 10.5))
        #expect(!Self.readsValue("工作做到三点一线", 3.1))
    }

    // MARK: 兆 with its lower groups (zf10)

    @Test func trillionInChineseNumeralsWithItsLowerGroup() {
        #expect(Self.reads("整體規模達一兆八十二億元,創歷年新高。", 10_082, "亿元", "达"))
        #expect(!Self.readsValue("新增装机三兆瓦", 3_000_000_000_000))
    }

    // MARK: Arabic digits with place letters (probe page 145297, ze14)

    @Test func arabicDigitsWithPlaceLettersAreOneFigure() {
        #expect(Self.reads("東引鄉102年度總預算,歲入6千4百54萬元,歲出", 6_454, "万元"))
        #expect(!Self.readsValue("東引鄉102年度總預算,歲入6千4百54萬元,歲出", 54))
        #expect(Self.reads("全年接待观众2万6千多人,", 2.6, "万人", "多"))
        #expect(Self.reads("发放补贴3千5百元,", 3_500, "元"))
    }

    @Test func aSinglePlaceOrAUnitOpeningWithThousandIsNoMixedFigure() {
        #expect(Self.reads("新架10千伏线路3条", 10, "千伏"))
        #expect(Self.reads("争取资金3亿2000万元,", 32_000, "万元"))
        #expect(!Self.readsValue("新建2万6千米道路", 2.6))
    }

    // MARK: 廿 and 卅 (probe pages 82845 and tmuhprc)

    @Test func twentyAndThirtyInOneLetterAreTens() {
        #expect(Self.reads("連歲出編列的廿七項工程建設款,", 27, "项"))
        #expect(!Self.readsValue("連歲出編列的廿七項工程建設款,", 7))
        #expect(Self.reads("藥品費用比重攀升至廿八.九%,", 28.9, "%"))
        #expect(Self.reads("診療費用占比下降至卅五.一%,", 35.1, "%"))
    }
}
