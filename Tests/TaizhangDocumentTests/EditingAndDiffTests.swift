import Testing
import Foundation
@testable import TaizhangDocument

struct EditingAndDiffTests {
    let doc = DraftComposer().compose(Fixtures.small)
    let id = "area-1-figures"

    func paragraph(_ doc: SummaryDocument) throws -> Paragraph {
        guard case .paragraph(let p)? = doc.block(id: id) else { throw SummaryEditError.noParagraph(id: id) }
        return p
    }

    @Test func keepsNumbersWhoseTextSurvived() throws {
        let old = try paragraph(doc).runs.plainText
        let new = old.replacingOccurrences(of: "上半年", with: "今年上半年，我站")

        let edited = try paragraph(doc.editingParagraph(id: id, text: new))

        #expect(edited.runs.plainText == new)
        #expect(edited.edited)
        #expect(edited.runs.numbers.map(\.text) == ["71场", "18.3%", "78.9%", "14余万人次"])
        #expect(edited.runs.numbers.allSatisfy { $0.traced })
    }

    @Test func marksANumberTypedOverAsUntraced() throws {
        let new = try paragraph(doc).runs.plainText.replacingOccurrences(of: "71场", with: "75场")

        let edited = try paragraph(doc.editingParagraph(id: id, text: new))

        let numbers = edited.runs.numbers
        #expect(numbers.map(\.text) == ["75场", "18.3%", "78.9%", "14余万人次"])
        #expect(numbers.map(\.traced) == [false, true, true, true])
        #expect(numbers[0].value == 75)
    }

    @Test func separatesTwoEditsInOneSave() throws {
        let new = try paragraph(doc).runs.plainText
            .replacingOccurrences(of: "71场", with: "72场").replacingOccurrences(of: "14余万", with: "15余万")

        let edited = try paragraph(doc.editingParagraph(id: id, text: new))

        #expect(edited.runs.numbers.map(\.traced) == [false, true, true, false])
        #expect(edited.runs.numbers.last?.value == 150_000)
    }

    @Test func dropsADeletedNumber() throws {
        let new = try paragraph(doc).runs.plainText.replacingOccurrences(of: "，完成全年目标任务的78.9%", with: "")

        let edited = try paragraph(doc.editingParagraph(id: id, text: new))

        #expect(edited.runs.numbers.map(\.text) == ["71场", "18.3%", "14余万人次"])
        #expect(edited.runs.plainText == new)
    }

    @Test func refusesUnknownParagraphs() {
        #expect(throws: SummaryEditError.noParagraph(id: "nope")) { try doc.editingParagraph(id: "nope", text: "x") }
    }

    @Test func identicalVersionsHaveNoDiff() {
        #expect(SummaryDocument.compare(doc, doc).isEmpty)
    }

    @Test func reportsModifiedAddedRemovedAndMoved() throws {
        var b = try doc.editingParagraph(id: id, text: "上半年共开展文艺演出75场。")
        b.blocks.removeAll { $0.id == "area-1-item-1-body" }
        b.blocks.insert(.paragraph(Paragraph(id: "user-1", runs: [.text("新增段落。")])), at: 1)
        let moved = b.blocks.remove(at: b.blocks.firstIndex { $0.id == "problems" }!)
        b.blocks.append(moved)
        b.date = DocDate(year: 2024, month: 7, day: 8)

        let diff = SummaryDocument.compare(doc, b)

        let kinds = Dictionary(uniqueKeysWithValues: diff.changes.map { ($0.id, $0.kind) })
        #expect(kinds == ["user-1": .added, id: .modified, "area-1-item-1-body": .removed, "problems": .moved, "date": .modified])
        let modified = try #require(diff.changes.first { $0.id == id })
        #expect(modified.after == "上半年共开展文艺演出75场。")
        #expect(modified.before?.contains("71场") == true)
    }
}
