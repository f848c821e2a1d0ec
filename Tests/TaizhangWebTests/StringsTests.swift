import Testing
import TaizhangDomain
@testable import TaizhangWeb

struct StringsTests {
    @Test func everyKeyHasChineseAndEnglish() {
        for key in Key.allCases {
            let pair = Strings.pair(key)
            #expect(pair != nil, "no text for \(key)")
            #expect(!(pair?.zh.isEmpty ?? true), "no Chinese for \(key)")
            #expect(!(pair?.en.isEmpty ?? true), "no English for \(key)")
        }
    }

    @Test func noKeyIsDefinedTwice() {
        var seen: [Key: Int] = [:]
        for area in Strings.areas { for (key, _, _) in area { seen[key, default: 0] += 1 } }
        #expect(seen.filter { $0.value > 1 }.isEmpty)
        #expect(seen.count == Key.allCases.count)
    }

    @Test func chineseTextsAreChinese() {
        // A copy-paste slip would put English into the Chinese column.
        for key in Key.allCases where key != .appName {
            let zh = Strings.pair(key)?.zh ?? ""
            #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(key): \(zh)")
        }
    }

    @Test func domainNamesInBothLanguages() {
        let zh = Loc(.zh), en = Loc(.en)
        #expect(zh.status(.returned) == "已退回" && en.status(.returned) == "Returned")
        #expect(zh.timeliness(.late) == "迟报" && en.timeliness(.late) == "Late")
        #expect(zh.category(.enforcement) == "执法" && en.category(.enforcement) == "Enforcement case")
        // Each question says what the action does, not "确定要审核吗？".
        #expect(zh.confirmQuestion(.approve) == "同意后本报送将报上级管理部门。确定同意吗？")
        #expect(en.confirmQuestion(.return).hasPrefix("The unit must fix"))
        #expect(zh.planName("工作动态（月报）") == "工作动态（月报）" && en.planName("工作动态（月报）") == "Monthly work update")
        #expect(en.planName("本地自定计划") == "本地自定计划")
    }
}
