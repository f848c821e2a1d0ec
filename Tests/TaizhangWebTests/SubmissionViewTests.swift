import Testing
import TaizhangDomain
@testable import TaizhangWeb

/// The submission page's forms (issue #16): what is typed next to 报送 is sent with it, the
/// reviewer's buttons say what they do, a return's comment heads the page, and figures the
/// ledger now states differently are shown before they are taken.
struct SubmissionViewTests {
    static func draft(status: SubmissionStatus = .draft, changes: [SubmissionPage.LedgerChange] = [],
                      returnNote: SubmissionPage.Event? = nil, checks: [SubmissionPage.RuleCheck] = []) -> String {
        var row = Fixtures.submissions[0]
        row.status = status
        return SubmissionPage.render(.init(row: row, narrative: "5月工作动态", values: [], checks: checks, timeline: [],
                                           allowedActions: [.submit], canEdit: true, version: 4, ledgerChanges: changes,
                                           returnNote: returnNote), Fixtures.context(path: "/submissions/7"))
    }

    /// The form element (open tag to close tag) that holds `needle`.
    static func form(containing needle: String, in html: String) -> String? {
        var rest = Substring(html)
        while let open = rest.range(of: "<form") {
            guard let close = rest[open.upperBound...].range(of: "</form>") else { return nil }
            let body = String(rest[open.lowerBound..<close.upperBound])
            if body.contains(needle) { return body }
            rest = rest[close.upperBound...]
        }
        return nil
    }

    @Test func submitButtonSendsTheNarrativeAndVersion() throws {
        // act
        let html = Self.draft()
        // assert
        let form = try #require(Self.form(containing: #"name="action" value="submit""#, in: html))
        #expect(form.contains(#"action="/submissions/7""#))
        #expect(form.contains(#"<textarea id="f-narrative" name="narrative""#))
        #expect(form.contains(#"name="version" value="4""#))
        #expect(form.contains(#"value="save""#) && form.contains(#"value="refresh""#))
        #expect(html.components(separatedBy: "<form").count == 4, "logout, unit switch and the one submission form")
    }

    @Test func aBlockingRuleHidesSubmitButKeepsSave() throws {
        // act
        let html = Self.draft(checks: [.init(message: "其中之和超过合计", blocking: true)])
        // assert
        #expect(!html.contains(#"value="submit""#))
        #expect(html.contains(#"value="save""#))
    }

    @Test func theReturnCommentHeadsTheReturnedReport() throws {
        // setup
        let note = SubmissionPage.Event(at: Stamp(CivilDate(2024, 6, 8), 10, 5), actor: "王科长", action: .return, comment: "培训人次有误")
        // act
        let html = Self.draft(status: .returned, returnNote: note)
        // assert
        let banner = try #require(html.range(of: "tz-return-banner"))
        let facts = try #require(html.range(of: "tz-facts"))
        #expect(banner.lowerBound < facts.lowerBound)
        #expect(html.contains("培训人次有误") && html.contains("2024年6月8日 10:05"))
    }

    @Test func ledgerChangesAreListedBeforeTheyAreTaken() {
        // setup
        let change = SubmissionPage.LedgerChange(name: "培训人次", nameEn: "Trainees", measureWord: "人次",
                                                 stored: .init(name: "培训人次", nameEn: "Trainees", value: 36, measureWord: "人次"),
                                                 ledger: .init(name: "培训人次", nameEn: "Trainees", value: 38, measureWord: "人次"))
        // act
        let html = Self.draft(changes: [change])
        let quiet = Self.draft()
        // assert
        #expect(html.contains("<del>36人次</del>") && html.contains("<ins>38人次</ins>"))
        #expect(!quiet.contains("tz-ledger-changes") && quiet.contains("报送时按台账当前数值固定"))
    }

    @Test func reviewerButtonsSayWhatTheyDo() throws {
        // setup
        var row = Fixtures.submissions[1]
        row.status = .submitted
        // act
        let html = SubmissionPage.render(.init(row: row, narrative: "x", values: [], timeline: [], allowedActions: [.approve, .return],
                                               canEdit: false), Fixtures.context(path: "/submissions/6", roles: [.leader]))
        // assert
        let form = try #require(Self.form(containing: #"value="approve""#, in: html))
        #expect(form.contains(#"action="/submissions/6/transitions""#))
        #expect(form.contains(">同意并报上级</button>") && form.contains(">退回修改</button>"))
        #expect(form.contains("审核意见") && form.contains(#"name="comment""#))
        #expect(form.contains("同意后本报送将报上级管理部门。确定同意吗？"))
        #expect(!html.contains("确定要审核吗"))
    }
}
