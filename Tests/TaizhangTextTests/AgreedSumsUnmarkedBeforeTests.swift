import Testing
@testable import TaizhangText

/// The parts-first mirror of the uncued reader (`AgreedSums.unmarkedBefore`; thirtieth pass, pairsum24).
@Suite struct AgreedSumsUnmarkedBeforeTests {
    func sums(_ text: String) -> [String] {
        Checker.check(text: text).checks.filter { $0.kind == "sum" && $0.consistent }.map(\.statement)
    }

    /// This reader's checks only (other readers' agreements are not what these cases are about).
    func mine(_ text: String) -> [String] { sums(text).filter { $0.contains("every earlier figure") } }

    @Test func everyEarlierFigureAddingUpToASignificantWholeIsRead() {
        // Setup: lengths, then the whole named by 全长 (no totalling word of the closed class).
        let text = "建设内容包括甲灌区的4条干渠总长21.66km、2条支渠总长3.84km以及乙灌区的9条干渠总36.95km,两个灌区的渠道全长62.45km。"
        // Act
        let read = sums(text)
        // Assert
        #expect(read.contains { $0.contains("21.66 + 3.84 + 36.95 = 62.45km") && $0.contains("every earlier figure") }, "\(read)")
    }

    @Test func nearMissesAreNotRead() {
        // A small whole agrees by chance (2 + 1 = 3): below the significance gate.
        #expect(mine("新建活动室2个、图书室1个,改造广场3个。").isEmpty)
        // A sub-run is never tried: 300 + 500 = 800 but 200 stands before them in the sentence.
        #expect(mine("一月完成200万元,二月完成300万元,三月完成500万元,四月完成800万元。").isEmpty)
        // A later figure of the measure: the whole does not close the run.
        #expect(mine("城区学校3000人,农村学校5000人,合并后8000人,另有民办学校700人。").isEmpty)
    }
}
