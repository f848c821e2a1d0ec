import Testing
import TaizhangDocument
import TaizhangDomain
@testable import TaizhangWeb

/// Focused checks of what the pages show, beyond the snapshots.
struct ViewTests {
    @Test func heatmapCellsCarryTheirStatusClass() {
        let html = Fixtures.matrix(.zh)
        let grid = Fixtures.matrixGrid
        for status in Timeliness.allCases {
            let expected = grid.rows.flatMap(\.cells).filter { $0.status == status }.count
            #expect(html.components(separatedBy: "<td class=\"tz-cell tz-cell-\(status.rawValue)\"").count - 1 == expected, "\(status)")
        }
        // 东关社区: Jan–May on time (due the 5th), June not due yet on 2 July.
        #expect(grid.rows[0].cells.map(\.status) == [.onTime, .onTime, .onTime, .onTime, .onTime, .notDue])
        #expect(html.contains("href=\"/submissions/501\""))
        #expect(html.contains("action=\"/reminders/non-submitters\""))
    }

    @Test func navigationFollowsRoles() {
        let staff = Navigation.visible(for: [.staff]).map(\.path)
        let supervisor = Navigation.visible(for: [.supervisor]).map(\.path)
        #expect(staff.contains("/ledger") && !staff.contains("/matrix"))
        #expect(supervisor.contains("/matrix") && !supervisor.contains("/ledger"))
        // The process tab follows the units, not the roles: only where a zone or project is in reach.
        #expect(!supervisor.contains("/process/group"))
        #expect(Navigation.visible(for: [.staff], process: true).map(\.path).contains("/process/group"))
        #expect(Navigation.isCurrent(Navigation.items[1], path: "/ledger/12/edit"))
        #expect(!Navigation.isCurrent(Navigation.items[0], path: "/ledger"))
    }

    /// A supervisor's pick of zone (`?unit=`) stays on the tabs and the form actions.
    @Test func processPagesKeepTheChosenUnit() {
        var ctx = Fixtures.context(path: "/process/group?unit=31", roles: [.supervisor])
        ctx.processUnits = [.init(id: 12, name: "城关街道"), .init(id: 31, name: "白石镇")]
        let html = GroupPage.render(.init(groupName: "领导小组", office: "办公室", members: [], meetings: [], canEdit: true), ctx)
        #expect(html.contains(#"href="/process/liaison?unit=31""#))
        #expect(html.contains(#"action="/process/group/members?unit=31""#))
        #expect(html.contains(#"<option value="31" selected>白石镇</option>"#))
        ctx.processUnits = [ctx.processUnits[0]]
        ctx.path = "/process/group"
        let single = GroupPage.render(.init(groupName: "领导小组", office: "办公室", members: [], meetings: []), ctx)
        #expect(!single.contains(#"name="unit""#) && single.contains(#"href="/process/liaison""#))
    }

    @Test func unitSwitcherOnlyWithSeveralUnits() {
        var ctx = Fixtures.context()
        #expect(Fixtures.home(.zh).contains("action=\"/units/switch\""))
        ctx.units = [ctx.units[0]]
        #expect(!HomePage.render(.init(), ctx).contains("/units/switch"))
    }

    @Test func reviewCommentOnlyForReviewers() {
        #expect(Fixtures.submission(.zh).contains("name=\"comment\""))
        let staff = SubmissionPage.render(.init(row: Fixtures.submissions[0], narrative: "", values: [], timeline: [],
                                                allowedActions: [.submit], canEdit: true), Fixtures.context())
        #expect(!staff.contains("name=\"comment\""))
        #expect(staff.contains("value=\"submit\""))
    }

    @Test func fieldErrorsSitNextToTheirFields() {
        let html = Fixtures.entryForm(.zh)
        #expect(html.contains("aria-describedby=\"f-date-error\""))
        #expect(html.contains("<p class=\"tz-error\" id=\"f-date-error\">日期不能晚于今天</p>"))
        #expect(html.contains("name=\"v.audience\" value=\"abc\""))
        #expect(html.contains("enctype=\"multipart/form-data\""))
    }

    @Test func summaryNumbersCarryTheirTraceAndIndex() {
        let html = Fixtures.summary(.zh)
        #expect(html.contains("data-trace=\"entry:101 entry:102\" data-n=\"1\""))
        #expect(html.contains("class=\"tz-num tz-untraced\""))
        #expect(html.contains("<details class=\"tz-sum-edit\" open>"))
        #expect(html.contains("&lt;整改中&gt;"))
    }

    @Test func summaryTextMapsLinesToBlocks() {
        let text = SummaryText(Fixtures.document)
        let lines = text.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == text.blockIDs.count)
        #expect(lines[2] == "一、主要工作" && text.blockID(line: 3) == "h-1")
        #expect(text.blockID(line: 1) == nil)
    }

    @Test func overdueRectificationHasNoExtensionForm() {
        let html = Fixtures.inspections(.zh)
        #expect(html.contains("action=\"/process/rectifications/2/extension\""))
        #expect(!html.contains("action=\"/process/rectifications/1/extension\""))
        #expect(html.contains("class=\"tz-rect tz-overdue\" id=\"rect-1\""))
    }

    @Test func vetoListsTheFailedRequirement() {
        let html = Fixtures.acceptance(.zh)
        #expect(html.contains("一票否决"))
        #expect(html.contains("<strong>领导小组定期例会</strong>：2024年未召开例会，无会议纪要"))
    }

    @Test func tiesShareARank() {
        #expect(UI.sharedRanks([90, 90, 10, 5, 5]) == [1, 1, 3, 4, 4])
        #expect(Fixtures.rankings(.zh).contains(">2. 南门社区<"))
    }

    @Test func assetsLoad() {
        #expect(WebAssets.css.contains("@media print"))
        #expect(WebAssets.js.contains("tz-num"))
    }
}
