import Testing
import TaizhangDomain
@testable import TaizhangWeb

/// Escaping and CSRF, checked over every page rather than trusted to each view.
struct SafetyTests {
    @Test func scriptInLedgerTitleRendersAsText() {
        let html = Fixtures.ledger(.zh)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert"))
    }

    @Test func enteredValuesAreEscapedInAttributes() {
        let html = Fixtures.entryForm(.zh)
        #expect(html.contains("value=\"&lt;b&gt;夏夜&lt;/b&gt;广场舞\""))
    }

    @Test func textAndAttributesEscapeEverySpecialCharacter() {
        let node = span(.title("a\"b'c<d>&")) { "x<y>&\"z\u{0007}" }
        #expect(node.html == "<span title=\"a&quot;b&#39;c&lt;d&gt;&amp;\">x&lt;y&gt;&amp;\"z</span>")
    }

    @Test func scriptURLsBecomeDeadLinks() {
        #expect(a(.href("javascript:alert(1)")) { "x" }.html == "<a href=\"#\">x</a>")
        #expect(a(.href("//evil.example/x")) { "x" }.html == "<a href=\"#\">x</a>")
        #expect(URLs.safe("/ledger?x=1") == "/ledger?x=1")
        #expect(URLs.safe("https://example.org/a") == "https://example.org/a")
    }

    @Test func textareaKeepsALeadingNewline() {
        #expect(el("textarea", []) { "\nsecond" }.html == "<textarea>\n\nsecond</textarea>\n")
    }

    /// Every `<form method="post"` on every page, in both languages, carries the CSRF field.
    @Test(arguments: Pages.all.map(\.name))
    func everyPostFormHasCSRF(_ name: String) throws {
        let page = try #require(Pages.all.first { $0.name == name })
        for lang in [Language.zh, .en] {
            let forms = page.render(lang).components(separatedBy: "<form method=\"post\"").dropFirst()
            for form in forms {
                let body = form.components(separatedBy: "</form>")[0]
                #expect(body.contains("name=\"_csrf\" value=\"csrf-token-123\""), "form without CSRF on \(name): \(body.prefix(120))")
            }
        }
    }

    /// Start and end tags balance on every page (void elements excepted): a builder slip shows here.
    @Test(arguments: Pages.all.map(\.name))
    func tagsBalance(_ name: String) throws {
        let html = try #require(Pages.all.first { $0.name == name }).render(.zh)
        var stack: [String] = []
        let void: Set<String> = ["meta", "link", "input", "br", "img", "!DOCTYPE"]
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let close = try #require(rest[open...].firstIndex(of: ">"))
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let tagName = String(tag.prefix { !$0.isWhitespace && $0 != "/" || ($0 == "/" && tag.first == "/") })
            if tagName.hasPrefix("/") {
                let expected = stack.popLast()
                #expect(expected == String(tagName.dropFirst()), "\(name): </\(tagName.dropFirst())> closes <\(expected ?? "nothing")>")
            } else if !void.contains(tagName) && !tag.hasSuffix("/") {
                stack.append(tagName)
            }
        }
        #expect(stack.isEmpty, "\(name): unclosed \(stack)")
    }

    @Test func loginNeverEchoesThePassword() {
        let html = LoginPage.render(.init(lang: .zh, csrf: "t", form: FormState(values: ["username": "u", "password": "secret"])))
        #expect(!html.contains("secret"))
    }
}
