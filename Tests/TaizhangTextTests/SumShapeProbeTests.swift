import Testing
@testable import TaizhangText

/// A seeded probe of the sum shapes of the twenty-first pass (sumshapes), in the manner of
/// `PerturbedSumTests`: random wholes split at random, written in each shape; the intact text
/// must be read and never flagged, and a twin with one part changed (by 5–50 % of itself) must
/// be flagged — every shape here names its whole and its partition by grammar alone.
@Suite struct SumShapeProbeTests {
    /// A split of `whole` into `count` positive parts.
    static func split(_ whole: Int, _ count: Int, _ random: inout PerturbedSumTests.Seeded) -> [Int] {
        var cuts = Set<Int>()
        while cuts.count < count - 1 { cuts.insert(Int.random(in: 1..<whole, using: &random)) }
        let bounds = [0] + cuts.sorted() + [whole]
        return zip(bounds, bounds.dropFirst()).map { $1 - $0 }
    }

    static let bands = [["0-17岁", "18-59岁", "60岁及以上"], ["17岁以下", "18-34岁", "35-59岁", "60周岁以上"], ["不满18岁", "18岁及以上"]]

    /// The three shapes, from a whole and its parts (the last part is what the twin changes).
    static func texts(_ whole: Int, _ parts: [Int], shape: Int) -> String {
        let list = parts.map { "\($0)人" }
        switch shape {
        case 0:
            let labels = bands[parts.count == 3 ? 0 : parts.count == 4 ? 1 : 2]
            return "年末全县户籍人口为\(whole)人。其中,城镇人口\(whole / 2)人,乡村人口\(whole - whole / 2)人;"
                + labels.joined(separator: "、") + "户籍人口分别为" + list.joined(separator: "、") + "。"
        case 1:
            return "年末全县户籍人口为\(whole)人。其中,城镇人口\(whole / 3)人,乡村人口\(whole - whole / 3)人;男性人口\(list[0]),女性人口\(list[1])。"
        default:
            let levels = ["中央级", "省级", "地方级", "县级"]
            let amounts = parts.map { $0 * 10 }
            let rows = zip(levels, zip(amounts, parts)).map { "\($0)收入完成\($1.0)万元,增收\($1.1)万元" }
            return "1-6月共组织税收收入\(amounts.reduce(0, +))万元,同比增收\(whole)万元。\n据统计," + rows.joined(separator: ";") + "。"
        }
    }

    @Test func intactShapesAreReadAndChangedPartsFlagged() {
        var random = PerturbedSumTests.Seeded(state: 21)
        var intact = 0, read = 0, intactFlagged = 0, twins = 0, flagged = 0
        for shape in 0..<3 {
            for _ in 0..<20 {
                let whole = Int.random(in: 100...99_999, using: &random)
                let count = shape == 1 ? 2 : Int.random(in: 2...4, using: &random)
                var parts = Self.split(whole, count, &random)
                let checks = Checker.check(text: Self.texts(whole, parts, shape: shape)).checks
                intact += 1
                if checks.contains(where: { $0.consistent && $0.kind == "sum" && Self.shapes.contains(where: $0.statement.contains) && $0.statement.contains(String(whole)) }) { read += 1 }
                if checks.contains(where: { !$0.consistent }) { intactFlagged += 1 }
                let last = parts.count - 1
                let delta = max(1, Int(Double(parts[last]) * Double.random(in: 0.05...0.5, using: &random)))
                parts[last] += Bool.random(using: &random) || parts[last] <= delta ? delta : -delta
                twins += 1
                if Checker.check(text: Self.texts(whole, parts, shape: shape)).checks.contains(where: { !$0.consistent }) { flagged += 1 }
            }
        }
        print("sum shapes (seed 21, \(intact) texts): intact read \(read)/\(intact), intact flagged \(intactFlagged), changed part flagged \(flagged)/\(twins)")
        #expect(intactFlagged == 0)
        #expect(read >= Self.readFloor && flagged >= Self.flaggedFloor)
    }

    /// What each shape's reading says (so that the plain 其中 reading of the text does not count).
    static let shapes = ["names the whole", "second partition", "in the line after it"]

    /// Measured when the probe was written (floors; a rise is progress).
    static let readFloor = 60
    static let flaggedFloor = 60
}
