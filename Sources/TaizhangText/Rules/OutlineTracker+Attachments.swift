/// 附件:1.…表 ⏎ 2.…表: the document's list of attachments numbers its own items; it is
/// no part of the outline above it (1.抓项目建设 2.抓民生保障 then 附件 2. was reported as a
/// skip to 3.). The label starts the line: 附件 or 附表 with a colon, a number or a space.
extension OutlineTracker {
    static func opensAttachments(_ line: LineText) -> Bool {
        let start = line.contentStart
        guard line.count - start >= 3, line[start] == U.s("附"), line[start + 1] == U.s("件") || line[start + 1] == U.s("表")
        else { return false }
        let next = line[start + 2]
        return next == U.colon || line.cls(start + 2).contains(.digit) || line.cls(start + 2).contains(.space)
    }
}
