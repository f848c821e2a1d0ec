import Foundation

/// The chrome-wild fixture (Tests/Fixtures/chrome-wild/pages.txt): site chrome lines recorded
/// as found on public pages outside the corpus, and body lines of the same pages that must stay
/// text. Read by MetamorphicWildChromeTests, which transplants them into dev documents.
enum WildChrome {
    struct Page {
        let url: String
        var chrome: [String] = []
        var body: [String] = []
    }

    /// The pages of chrome-wild's `file` (pages.txt, holdout.txt) in file order; a line's text is
    /// everything after its `chrome: ` / `body: ` prefix.
    static func pages(_ file: String) throws -> [Page] {
        var pages: [Page] = []
        let url = Fixtures.root.appendingPathComponent("chrome-wild").appendingPathComponent(file)
        for line in try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n") {
            if line.hasPrefix("page: ") {
                pages.append(Page(url: String(line.dropFirst(6))))
            } else if line.hasPrefix("chrome: "), !pages.isEmpty {
                pages[pages.count - 1].chrome.append(String(line.dropFirst(8)))
            } else if line.hasPrefix("body: "), !pages.isEmpty {
                pages[pages.count - 1].body.append(String(line.dropFirst(6)))
            }
        }
        return pages
    }
}
