import Foundation
import Testing
import TaizhangDomain
@testable import TaizhangService

@Suite("Case import")
struct CaseImportTests {
    static let items = ServiceDemoCatalog.items.map(\.item)
    static let staff = ["11": 11, "许文静": 11, "12": 12]
    static let importer = CaseImport(items: items, staff: staff, now: SF.at(2026, 7, 1))

    static func rows(_ csv: String) throws -> [CaseRow] { try CaseRow.from(table: CSVReader.rows(csv)).get() }

    @Test func aCSVWithChineseHeadersQuotesAndStepsImports() throws {
        let csv = "\u{FEFF}办件编号,事项编码,经办人,受理时间,办结时间,办理结果,不予许可理由,环节\r\n"
            + "LJ001,WL-002,许文静,2026-03-02 09:10,2026/3/4 16:00,准予,,\"受理@2026-03-02 09:10~2026-03-02 09:30；审查@2026-03-02 09:30~2026-03-03 11:00\"\r\n"
            + "LJ002,WL-002,11,2026-03-02T10:00:00+08:00,,,,\r\n"
            + "\r\n"
        let cases = try Self.importer.convert(try Self.rows(csv)).get()

        #expect(cases.map(\.number) == ["LJ001", "LJ002"])
        #expect(cases[0].staffID == 11 && cases[0].outcome == .approved && cases[0].promisedDays == 3)
        #expect(cases[0].steps.map(\.code) == ["accept", "review"])
        #expect(cases[0].steps[1].limitDays == 1)
        #expect(cases[1].acceptedAt == SF.at(2026, 3, 2, 10) && cases[1].completedAt == nil)
    }

    /// The limits in force when a case was accepted can be given (the promise was 7 days then).
    @Test func limitsFromTheFileOverrideTheCatalog() throws {
        let csv = "办件编号,事项编码,受理时间,承诺时限\nLJ009,WL-001,2025-12-01 09:00,7个工作日\n"

        let c = try Self.importer.convert(try Self.rows(csv)).get()[0]

        #expect((c.statutoryDays, c.promisedDays) == (20, 7))
    }

    @Test func everyBadRowIsListedInChineseAndNothingIsImported() throws {
        let csv = """
        办件编号,事项编码,经办人,受理时间,办结时间,办理结果,环节
        A1,WL-002,,2026-03-02 09:10,2026-03-01 09:00,准予,
        A2,XX-9,,2026-03-02 09:10,,,
        A3,WL-002,,2026-13-02,,,
        A1,WL-002,,2026-03-02 09:10,,,
        A5,WL-002,王五,2026-03-02 09:10,,,
        A6,WL-002,,2026-03-02 09:10,2026-03-03 09:00,,
        A7,WL-002,,2026-03-02 09:10,,,复核@2026-03-02 10:00~
        A8,WL-002,,2026-03-02 09:10,,,
        """

        let result = Self.importer.convert(try Self.rows(csv))

        guard case .failure(let problems) = result else { Issue.record("imported a bad file"); return }
        #expect(problems.list.map(\.line) == [2, 3, 4, 5, 6, 7, 8])
        #expect(problems.list[0].message == "第2行：办结时间早于受理时间。")
        #expect(problems.list[1].message == "第3行：事项编码“XX-9”不在事项目录中。")
        #expect(problems.list[3].message == "第5行：办件编号“A1”重复（与第2行）。")
        #expect(problems.list[6].zh.contains("不是事项“营业性演出审批”的环节"))
    }

    @Test func aMissingColumnOrAnEmptyFileIsRefused() {
        #expect(throws: ImportProblem.self) { try CaseRow.from(table: CSVReader.rows("办件编号,受理时间\nA1,2026-03-02\n")).get() }
        #expect(throws: ImportProblem.self) { try CaseRow.from(table: CSVReader.rows("")).get() }
    }

    @Test(arguments: [("2026-03-02 09:10", 9, 10), ("2026/3/2 9:10:30", 9, 10), ("2026年3月2日 9时10分", 9, 10),
                      ("2026-03-02T01:10:00Z", 9, 10), ("2026-03-02T09:10:00.250+08:00", 9, 10), ("46083.3819444", 9, 10),
                      ("2026-03-02", 0, 0)])
    func timestampsInTheFormatsApprovalSystemsWrite(text: String, hour: Int, minute: Int) throws {
        let d = try #require(Timestamp.parse(text))

        #expect(abs(d.timeIntervalSince(SF.at(2026, 3, 2, hour, minute))) < 31)
    }

    @Test(arguments: ["2026-02-30 09:00", "2026-03-02 25:00", "昨天", "2026-03", ""])
    func unreadableTimestamps(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    /// Export then import gives the same cases back (steps, outcome, limits, staff).
    @Test func exportedCasesImportAgain() throws {
        let cases = Array(ServiceDemoCases(table: SF.table).cases(from: CivilDate(2026, 6, 1), through: CivilDate(2026, 6, 30), perDay: 20).prefix(300))
        let codes = Dictionary(uniqueKeysWithValues: Self.items.map { ($0.id, $0.code) })
        let staffIDs = Set(cases.compactMap(\.staffID))
        let importer = CaseImport(items: Self.items, staff: Dictionary(uniqueKeysWithValues: staffIDs.map { (String($0), $0) }), now: SF.at(2026, 7, 1))

        let back = try importer.convert(try Self.rows(CaseExport.csv(cases, itemCodes: codes, staff: Dictionary(uniqueKeysWithValues: staffIDs.map { ($0, String($0)) })))).get()

        #expect(back.count == cases.count)
        for (a, b) in zip(cases, back) {
            var a = a; a.id = 0
            #expect(a == b)
        }
    }
}

@Suite("Step codec")
struct StepCodecTests {
    @Test func stepsRoundTripThroughTheCompactText() {
        let steps = [SF.step("accept", limit: 0, CivilDate(2026, 6, 1), CivilDate(2026, 6, 1)),
                     SF.step("review", limit: 2, CivilDate(2026, 6, 1), nil)]

        let text = StepCodec.encode(steps)

        #expect(StepCodec.decode(text, names: ["accept": "accept", "review": "review"]) == steps)
        #expect(StepCodec.decode("") == [])
    }
}
