import Testing
import TaizhangDomain
@testable import TaizhangProcess

@Suite("Circular")
struct CircularTests {
    static func score(_ unit: Int, base: Int, tiers: [String]) -> PublicityScore {
        let lines = tiers.enumerated().map { i, t in
            AdoptionLine(adoptionID: i, informationID: i, outlet: "", tier: t, points: PF.rules.publicity.tier(t)!.points,
                         date: CivilDate(2025, 3, 1), link: "")
        }
        return PublicityScore(unitID: unit, kind: .zone, window: PF.h1, base: base, reports: [], lines: lines, ignored: [],
                              total: base + lines.map(\.points).reduce(0, +))
    }

    /// Same score, same rank; the next rank skips ("1, 2, 2, 4"); ties ordered by unit id.
    @Test func tiesShareARank() {
        let scores = [Self.score(9, base: 0, tiers: ["websites"]), Self.score(3, base: 50, tiers: ["central_internal"]),
                      Self.score(7, base: 0, tiers: ["central_media", "websites", "websites"]), Self.score(4, base: 50, tiers: ["websites"])]

        let rows = Circular.rank(scores, unitNames: [3: "城关街道", 4: "沙门镇"], rules: PF.rules.publicity)

        #expect(rows.map(\.rank) == [1, 2, 2, 4])
        #expect(rows.map(\.unitID) == [3, 4, 7, 9])
        #expect(rows.map(\.total) == [100, 60, 60, 10])
        #expect(rows[2].tierCounts == [0, 1, 0, 0, 2] && rows[2].adoptionPoints == 60 && rows[2].unitName == "7")
        #expect(rows[1].unitName == "沙门镇")
    }

    @Test func allTiedAllFirst() {
        let rows = Circular.rank([Self.score(1, base: 50, tiers: []), Self.score(2, base: 50, tiers: [])], unitNames: [:], rules: PF.rules.publicity)

        #expect(rows.map(\.rank) == [1, 1])
    }

    @Test func headersFollowTheTiers() {
        #expect(Circular.headers(rules: PF.rules.publicity)
                == ["排名", "单位", "基础分", "50分档（条）", "40分档（条）", "30分档（条）", "20分档（条）", "10分档（条）", "采用加分", "总分"])
    }
}
