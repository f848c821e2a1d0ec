import Testing
@testable import TaizhangText

/// `LineText.string(_:then:)` (cli6) builds a duplicate's excerpt and its ellipsis as one
/// String: it must equal the excerpt with "…" appended, including lines whose figures lost
/// their spaces (norm and raw indices differ there) and ranges that run past the line or are empty.
@Suite struct ExcerptTests {
    private static let lines = [
        "今年以来,我局在县委的正确领导下,认真贯彻落实各项决策部署,全年完成投资 3212 万元,同比增长 60 %。",
        "  一、主要工作完成情况",
        "衛(wèi)生院共有职工 300 余人,其中医生 120 人。",
        "ABC def 123 456",
        "",
    ]

    @Test(arguments: lines)
    func excerptWithEllipsisEqualsTheAppendedOne(text: String) {
        // setup
        let line = LineText(number: 1, raw: text.unicodeScalars.map(\.value))
        // Lower bounds within the line (as the callers pass them); upper ones may run past it.
        let bounds = [0, 1, 5, 17, 40, line.count - 1, line.count, line.count + 10]
        for lower in bounds where lower >= 0 && lower <= line.count {
            for upper in bounds {
                let range = lower..<max(lower, upper)
                // act
                let joined = line.string(range, then: 0x2026)
                // assert
                #expect(joined == line.string(range) + "…", "range \(range) of “\(text)”")
            }
        }
    }
}
