/// Members named under their roles: 共产生四名成员:组长张三,成员李四、王五、赵六 (a leader and
/// three members: four names). The count is of the people, so each role's names are counted,
/// not the roles. Agreement only (a name list read loosely is no proof of a wrong count).
extension NamedLists {
    /// Role words that open each group of names (general titles of a committee or team).
    static let roleLabels = Lexicon(["副组长", "组长", "成员", "组员", "副主任", "主任", "委员", "副书记", "书记", "副队长", "队长",
                                     "副会长", "会长", "秘书长", "副主席", "主席", "顾问", "联络员", "副站长", "站长", "监督员", "信息员"])

    /// The names of `range` when every group (set apart by , or ;) opens with a role word and
    /// names two to four letters each, set apart by 、; nil otherwise.
    static func labelledNames(_ line: LineText, _ range: Range<Int>) -> [String]? {
        guard range.contains(where: { line[$0] == U.comma || line[$0] == U.semicolon }) else { return nil }
        var names = [String](), groupStart = range.lowerBound
        for index in range.lowerBound...range.upperBound where index == range.upperBound || line[index] == U.comma || line[index] == U.semicolon {
            let role = roleLabels.prefix(in: line.norm, at: groupStart)
            guard role > 0 else { return nil }
            var nameStart = groupStart + role
            guard nameStart < index else { return nil }
            for cursor in nameStart...index where cursor == index || line[cursor] == U.ideoComma {
                let length = cursor - nameStart
                guard length >= 2, length <= 4, (nameStart..<cursor).allSatisfy({ line.cls($0).contains(.ideograph) && !line.cls($0).contains(.cjkNumeral) })
                else { return nil }
                names.append(line.string(nameStart..<cursor))
                nameStart = cursor + 1
            }
            groupStart = index + 1
        }
        return names.count >= 2 ? names : nil
    }
}
