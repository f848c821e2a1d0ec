import Testing
@testable import TaizhangText

/// Parts that add up to more than the total after 其中 are an error whatever stands between them
/// and the total (issue #14) — the sum23 census's check of that rule (docs/checker.md, "Twenty-ninth
/// pass — sum23"). What holds on main is pinned; the gaps the census found are known issues, each
/// a form no dev text but one (or none) carries, left until a wider sample shows them.
@Suite struct Sum23ExceededTests {
    static func sumFlags(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks.filter { $0.kind == "sum" && !$0.consistent }
    }

    @Test(arguments: [
        "文化室12个,其中达标文化室15个。",
        // a rate, a share or a note in brackets between the total and 其中
        "共开展活动50场,同比增长10%,其中文艺演出60场。",
        "共开展活动50场,占全年任务的50%,其中文艺演出60场。",
        "共开展活动50场(含线上活动5场),其中文艺演出60场。",
        // 其中 opening the next sentence
        "共开展活动50场。其中,文艺演出60场。",
        // a bracket inside the part's name, a rate after the list, a list across a line wrap
        "共开展活动50场,其中文艺演出(含广场舞)60场。",
        "共开展活动50场,其中文艺演出30场、电影放映25场,同比增长10%。",
        "共开展活动50场,其中文艺演出30场、\n电影放映25场。",
        // 亿 against 万
        "全年投入资金1.2亿元,其中省级资金8000万元,市级资金5000万元。",
    ])
    func partsAboveTheTotalAreFlaggedWhateverStandsBetween(_ text: String) {
        // Act
        let flags = Self.sumFlags(text)
        // Assert
        #expect(flags.contains { $0.statement.contains("parts exceed the total") }, "\(text)")
    }

    @Test(arguments: [
        // a 其中 subset, and parts that are two cuts of the total in separate clauses
        "共有党员50人,其中预备党员5人。",
        "共开展活动50场,其中文艺演出30场,同比增长5%,电影放映25场,同比增长8%。",
        "共开展活动50场,覆盖群众2000人次,其中文艺演出30场,电影放映25场。",
    ])
    func subsetsAndSeparateClausesStaySilent(_ text: String) {
        // Act
        let flags = Self.sumFlags(text)
        // Assert
        #expect(flags.isEmpty, "\(text): \(flags.map(\.statement))")
    }

    @Test(arguments: [
        // a bracket note after a part of a 、-list (…30场(其中送戏下乡10场)、…): the note's
        // brackets read as a clause break, so the list is no longer one list (zh02's part shape)
        "共开展活动50场,其中文艺演出30场(其中送戏下乡10场)、电影放映25场。",
        "共开展活动50场,其中文艺演出30场(含送戏下乡10场)、电影放映25场。",
        // a lower bound or 近 total exceeded far beyond the step of its last digit
        "共开展活动50多场,其中文艺演出30场、电影放映35场。",
        "共开展活动近50场,其中文艺演出30场、电影放映35场。",
        // a first row with its own 共计 before a trailing 合计 (zh02 without its 约)
        "此次活动共计发放慰问金22.68万元,发放慰问品价值4.61万元,合计27.22万元。",
    ])
    func partsAboveTheTotalNotYetFlagged(_ text: String) {
        // Act
        let flags = Self.sumFlags(text)
        // Assert: each is an error an office wants flagged; none is read today.
        withKnownIssue("sum23 census: a guard abandons these (docs/checker.md, Twenty-ninth pass — sum23)") {
            #expect(flags.contains { $0.statement.contains("parts exceed the total") }, "\(text)")
        }
    }
}
