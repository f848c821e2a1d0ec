import Testing
@testable import TaizhangText

/// chrome23's structural reader (issue #14): the page's copy of the title above the body, which
/// differs from the document's own title only as a copy does — the year printed or masked, spaces
/// of a PDF, a closing mark — in titles no dev text holds, beside the near misses that must stay.
@Suite struct Chrome23Tests {
    static func chromeLines(_ text: String) -> Set<Int> { Chrome18Tests.chromeLines(text) }
    static let prose = Chrome21Tests.prose

    @Test func aTitleCopyWithTheYearTheDocumentMasksIsChrome() {
        // Setup: the page prints the year, the document masks it (x, ×, *) or drops a digit.
        let pairs = [("水务局2023年上半年工作总结", "水务局20XX年上半年工作总结"),
                     ("某镇2022年度安全生产工作总结", "某镇××年度安全生产工作总结"),
                     ("城关街道2021年社区建设工作汇报", "城关街道221年社区建设工作汇报")]
        for (page, own) in pairs {
            let text = "\(page)\n\(own)\n\(Self.prose)"
            // Act
            let lines = Self.chromeLines(text)
            // Assert: the page's copy, not the document's title.
            #expect(lines.contains(1) && !lines.contains(2), "\(page) / \(own): \(lines)")
        }
    }

    @Test func aTitleGluedToTheFirstSentenceBelowThePagesDetailsMakesTheCopyAboveChrome() {
        // Setup: a document site's title, its details, then the PDF's text: the title spaced out
        // with a digit of its year lost and glued to the first sentence; the year masked.
        let texts = ["卫健局2022年上半年工作总结\n• 6页\n• 当前文档由用户上传发布,收益归属用户\n卫健局 202 年上半年工作总结 202 年以来,我局认真落实各项工作,成效明显。",
                     "文化站xx年上半年工作总结\n• 31.89 KB\n• 2022-04-24 发布\n文化站XX年上半年工作总结  一、群众文化活动丰富多彩,全年组织演出12场。"]
        for text in texts {
            // Act
            let lines = Self.chromeLines(text)
            // Assert
            #expect(lines.contains(1) && !lines.contains(4), "\(text): \(lines)")
        }
    }

    @Test func anIdenticalCopyFarBelowTheDetailsLeavesTheTitleAlone() {
        // Setup: the same title glued to the text four lines down (dev's gold splits on this shape:
        // a31 keeps its title, zb37 does not), beside the same copy on the next line (the page's).
        let far = "卫健局2022年上半年工作总结\n• 6页\n• 当前文档由用户上传发布,收益归属用户\n卫健局2022年上半年工作总结2022年以来,我局认真落实各项工作,成效明显。"
        let near = "卫健局2022年上半年工作总结\n卫健局2022年上半年工作总结2022年以来,我局认真落实各项工作,成效明显。"
        // Act
        let farLines = Self.chromeLines(far), nearLines = Self.chromeLines(near)
        // Assert
        #expect(!farLines.contains(1), "\(farLines)")
        #expect(nearLines.contains(1), "\(nearLines)")
    }

    @Test func titlesThatShareOnlyTheirGenreOrComeAfterTheBodyStay() {
        // Setup: two titles whose only shared words are the genre (工作总结: fewer than six letters);
        // a title, the body, then a paragraph opening with the title's words.
        let genre = "2023年工作总结\n2024年工作总结\n\(Self.prose)"
        let later = "某镇2023年上半年工作总结\n\(Self.prose)\n\(Self.prose)\n\(Self.prose)\n某镇上半年工作总结如下,各项指标完成良好。"
        // A lead that opens with the title's words but no year of its own is a sentence, no copy.
        let lead = "2024年上半年某局重点工作督查报告\n上半年某局重点工作督查报告显示,工作推进顺利,问题整改及时。"
        // Act
        let genreLines = Self.chromeLines(genre), laterLines = Self.chromeLines(later), leadLines = Self.chromeLines(lead)
        // Assert
        #expect(genreLines.isDisjoint(with: [1, 2]), "\(genreLines)")
        #expect(!laterLines.contains(1), "\(laterLines)")
        #expect(leadLines.isEmpty, "\(leadLines)")
    }

    @Test func theCoreDropsWhatACopyChangesOnly() {
        // Setup
        func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        let (title, masked, plan) = (scalars("区文化馆 2019 年上半年工作总结"), scalars("区文化馆XX年上半年工作总结"), scalars("区文化馆20XX年上半年工作计划"))
        let (march, april) = (scalars("2023年幼儿园3月工作总结"), scalars("2023年幼儿园4月工作总结"))
        // Act
        let (a, b, c) = (TitleRepeats.core(title), TitleRepeats.core(masked), TitleRepeats.core(plan))
        // Assert: the year and its mask dropped; a month, a page number, a title without a year kept.
        #expect(a == scalars("区文化馆上半年工作总结"))
        #expect(TitleRepeats.sameCore(a, b) && !TitleRepeats.sameCore(a, c))
        #expect(!TitleRepeats.sameCore(TitleRepeats.core(march), TitleRepeats.core(april)))
        #expect(TitleRepeats.core(scalars("区文化馆上半年工作总结")).isEmpty)
    }
}
