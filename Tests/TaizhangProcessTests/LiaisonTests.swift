import Testing
import TaizhangDomain
@testable import TaizhangProcess

@Suite("Liaison")
struct LiaisonTests {
    static func liaison(_ id: Int, unit: Int = 2, from: CivilDate) -> Liaison {
        Liaison(id: id, unitID: unit, name: "联络员\(id)", post: "副局长", from: from)
    }

    @Test func exactlyOnePerUnitIsEnforced() throws {
        var roster = LiaisonRoster()
        try roster.appoint(Self.liaison(1, from: CivilDate(2025, 1, 1)))
        try roster.appoint(Self.liaison(3, unit: 5, from: CivilDate(2025, 1, 1)))

        #expect(PF.refusal { try roster.appoint(Self.liaison(2, from: CivilDate(2025, 6, 1))) } == "liaison_exists")
        #expect(roster.liaisons.map(\.id) == [1, 3])
    }

    @Test func replacingEndsThePreviousTermTheDayBefore() throws {
        var roster = LiaisonRoster([Self.liaison(1, from: CivilDate(2025, 1, 1))])

        try roster.appoint(Self.liaison(2, from: CivilDate(2025, 6, 1)), replacing: true)

        #expect(roster.liaisons[0].until == CivilDate(2025, 5, 31))
        #expect(roster.active(unitID: 2, on: CivilDate(2025, 5, 31)).map(\.id) == [1])
        #expect(roster.active(unitID: 2, on: CivilDate(2025, 6, 1)).map(\.id) == [2])
        #expect(roster.problem(unitID: 2, on: CivilDate(2025, 7, 1)) == nil)
    }

    @Test func noneOrSeveralIsAProblem() {
        let several = LiaisonRoster([Self.liaison(1, from: CivilDate(2025, 1, 1)), Self.liaison(2, from: CivilDate(2025, 2, 1))])

        #expect(LiaisonRoster().problem(unitID: 2, on: CivilDate(2025, 3, 1))?.code == "no_liaison")
        #expect(several.problem(unitID: 2, on: CivilDate(2025, 3, 1))?.code == "several_liaisons")
    }

    /// SPEC §4.2: quarterly for zones, half-yearly for projects.
    @Test(arguments: [(CreationKind.zone, ["2025Q1", "2025Q2", "2025Q3", "2025Q4"]), (.project, ["2025H1", "2025H2"])])
    func meetingCadence(kind: CreationKind, codes: [String]) {
        #expect(LiaisonMeetings.due(kind: kind, year: 2025, rules: PF.rules).map(\.code) == codes)
    }

    @Test func anAdminCanMakeProjectMeetingsQuarterly() {
        let rules = PF.modified { $0.kinds.project.liaisonMeetingEvery = .quarter }

        #expect(LiaisonMeetings.due(kind: .project, year: 2025, rules: rules).count == 4)
    }

    @Test func missingMeetingsAreThePastPeriodsWithoutOne() {
        let held = [LiaisonMeeting(id: 1, kind: .zone, period: .quarter(2025, 1), date: CivilDate(2025, 3, 20), hostUnitID: nil, hostName: "江北区")]

        let missing = LiaisonMeetings.missing(kind: .zone, year: 2025, meetings: held, rules: PF.rules, asOf: CivilDate(2025, 10, 2))

        #expect(missing.map(\.code) == ["2025Q2", "2025Q3"])
    }

    static func hosted(_ unit: Int, _ period: Period) -> LiaisonMeeting {
        LiaisonMeeting(id: period.start.dayNumber, kind: .project, period: period, date: period.end, hostUnitID: unit, hostName: "")
    }

    /// SPEC §4.2 rotation: least hosted, then longest ago (never first), then lowest id.
    @Test(arguments: [
        ([], 5),
        ([hosted(5, .half(2025, 1))], 7),
        ([hosted(5, .half(2025, 1)), hosted(7, .half(2025, 2))], 9),
        ([hosted(7, .half(2025, 1)), hosted(5, .half(2025, 2)), hosted(9, .half(2026, 1))], 7),
        ([hosted(9, .half(2024, 1)), hosted(9, .half(2024, 2)), hosted(5, .half(2025, 1)), hosted(7, .half(2025, 2))], 5),
    ])
    func rotationProposesTheNextHost(history: [LiaisonMeeting], expected: Int) throws {
        let next = try #require(LiaisonRotation.propose(candidates: [9, 7, 5], kind: .project, meetings: history))

        #expect(next.unitID == expected)
    }
}
