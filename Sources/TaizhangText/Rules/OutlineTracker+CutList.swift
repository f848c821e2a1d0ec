/// 2、…3、…4、 ⏎ 二、存在的问题 ⏎ 1、… ⏎ 三、…: a page that opens inside a child list (its first
/// heading numbered 2 or more, no parent above it — the excerpt or the page cut the parent and
/// the list's first items) goes on with its parent's next heading. That heading, of a style
/// above the open list's in the usual order (一、 over (一) over 1. over (1) over ①) and itself
/// past its first item, is the outline's top level: the cut list was its lost first sibling's
/// child, closed here (read as a child, 二、三、 lost their level and a repeated 二、 its report).
/// Not when the cut list opened at 1 (a text may number its top level 1. and its parts (一)),
/// nor at 一、 (a new list, not the parent's next item), nor for paragraph lists, parts,
/// articles, letters or chrome.
extension OutlineTracker {
    static let outlineStyles: Set<HeadingStyle> = [.cjk, .cjkParen, .arabic, .arabicParen, .circled]

    func reroots(_ heading: Heading, chrome: Bool) -> Bool {
        guard !chrome, heading.number >= 2, let root = stack.first, root.first >= 2,
              Self.outlineStyles.contains(heading.style), Self.outlineStyles.contains(root.style),
              heading.style.rawValue < root.style.rawValue else { return false }
        return stack.allSatisfy { !$0.chrome }
    }
}
