import Testing
@testable import TaizhangText

/// The readers of the twenty-seventh pass (xsum21), each with the near misses it must leave alone.
@Suite struct XSum21GrammarTests {
    static func checks(_ text: String) -> [ArithmeticCheck] { Checker.check(text: text).checks }

    // MARK: a change after a total and its 其中 parts (`Ratios.carriedChange`)

    @Test func aChangeWithoutItsOwnAmountIsTheBrokenDownTotals() {
        // Arrange: the 三公 form of a city budget (taushaann.com): the code before read 830 against 2800.
        let text = "三公经费预算为3328万元。其中,因公出国(境)费50万元,公务接待费478万元,公务用车购置及运行费2800万元。同口径比2018年减少830万元,下降20%。"
        // Act
        let growth = Self.checks(text).filter { $0.kind == "growth" }
        // Assert
        #expect(growth.count == 1)
        #expect(growth.first?.consistent == true)
        #expect(growth.first?.statement.contains("33280000") == true)
    }

    @Test func aWrongChangeOfTheTotalOnTheLineBeforeIsFlagged() {
        // Arrange: lincang.gov.cn's form — 0.06 of 2.76 is 2.17%, not 0.02%.
        let text = "2018年财政拨款“三公”经费预算总额为2.7万元,其中,因公出国(境)费支出0万元,公务用车购置及运行费支出1.5万元,公务接待费支出1.2万元。\n2018年“三公”经费预算数比2017年预算数减少0.06万元,减幅 0.02%。"
        // Act
        let flags = Self.checks(text).filter { !$0.consistent }
        // Assert
        #expect(flags.count == 1)
        #expect(flags.first?.statement.contains("2.17%") == true)
    }

    @Test func aConsistentChangeOnTheLineAfterIsCredited() {
        // Arrange: 1 of 3.5 is 28.6%, written 29%.
        let text = "2018年财政拨款“三公”经费预算总额为 2.5万元,其中,因公出国(境)费支出 0 万元,公务用车购置及运行费支出 1.5 万元,公务接待费支出 1 万元。\n2018年“三公”经费预算数比2017年预算数减少1 万元,减幅 29%。"
        // Act
        let growth = Self.checks(text).filter { $0.kind == "growth" }
        // Assert
        #expect(growth.map(\.consistent) == [true])
    }

    @Test func carriedChangeNearMisses() {
        // A sentence with its own amount: the change is that amount's (2900: 830 / 3730 = 22.3%).
        let own = "三公经费预算为3328万元。其中,公务接待费478万元,公务用车购置及运行费2800万元。运行费支出2900万元,比上年减少830万元,下降22.3%。"
        #expect(Self.checks(own).filter { $0.statement.contains("broken down") }.isEmpty)
        #expect(Self.checks(own).filter { !$0.consistent }.isEmpty)
        // No 其中 in the sentence before: nothing is carried from it.
        let plain = "三公经费预算为3328万元,公务接待费478万元,公务用车购置及运行费2800万元。\n同口径比2018年减少830万元,下降20%。"
        #expect(Self.checks(plain).filter { $0.statement.contains("broken down") }.isEmpty)
        // A change of another measure (persons) is not the total's.
        let persons = "全年接待游客3328万人次。其中,过夜游客2800万人次。同口径减少830人,下降20%。"
        #expect(Self.checks(persons).filter { $0.statement.contains("broken down") }.isEmpty)
        // A rate with no increment right before it (a level, not a change) is not read.
        let level = "三公经费预算为3328万元。其中,公务接待费478万元。比上年下降20%。"
        #expect(Self.checks(level).filter { $0.statement.contains("broken down") }.isEmpty)
    }

    // MARK: 與 (traditional 与) joins the last two items of a counted list (`NamedLists.split`)

    @Test func aTraditionalListJoinedBy與IsCounted() {
        // Arrange: zf10's form (a Taiwan news page); the code before read three items and was silent.
        let text = "此外「健康台灣深耕計畫」五年投入四八九億元，聚焦培育多元人才、優化醫療環境、智慧醫療與永續責任四大方向，補足健保給付無法涵蓋的第一線需求。"
        // Act
        let counts = Self.checks(text).filter { $0.statement.hasPrefix("count check: 4 ") }
        // Assert
        #expect(counts.map(\.consistent) == [true])
    }

    @Test func traditionalJoinerNearMisses() {
        // 參與 holds 與 inside a word: the list does not make two, and nothing is flagged.
        let word = "今年組織培訓、參與評比兩項工作均已完成。"
        #expect(Self.checks(word).filter { !$0.consistent }.isEmpty)
        // A list of three joined by 與 before 兩項 does not agree: nothing is told (agreement only).
        let more = "完成道路硬化、路燈安裝與綠化兩項工程。"
        #expect(Self.checks(more).filter { $0.statement.hasPrefix("count check") }.isEmpty)
    }
}
