import Foundation
import TaizhangDocument
import TaizhangDomain

/// A rule pack's summary wording as data (`Resources/summary-templates-default.json`):
/// the templates selected by unit kind or flag, the guiding lines per kind of unit, and how
/// a ledger title becomes a deed ("开展公共文化设施覆盖情况统计", never "举办“…统计”").
public struct SummaryTemplateSet: Codable, Sendable {
    public struct Choice: Codable, Sendable {
        /// Empty kinds and flags: any unit.
        public var appliesTo: UnitSelector
        public var template: SummaryTemplate
    }

    public struct GuidingLine: Codable, Sendable {
        public var appliesTo: UnitSelector
        /// A unit named exactly so wins over kinds and flags.
        public var unitName: String?
        public var text: String
    }

    public var code: String
    public var templates: [Choice]
    public var guidingLines: [GuidingLine]
    public var deeds: DeedRules

    /// The template for a unit: the first whose selector matches, else the first catch-all.
    public func template(kind: UnitKind, flags: Set<UnitFlag>) -> SummaryTemplate {
        templates.first { !Self.isAny($0.appliesTo) && Self.matches($0.appliesTo, kind, flags) }?.template
            ?? templates.first { Self.isAny($0.appliesTo) }?.template ?? .standard
    }

    /// The unit's guiding line: by its name, else by its flags, else by its kind; nil leaves
    /// the template's.
    public func guidingLine(name: String, kind: UnitKind, flags: Set<UnitFlag>) -> String? {
        if let own = guidingLines.first(where: { $0.unitName == name }) { return own.text }
        if let byFlag = guidingLines.first(where: { $0.unitName == nil && !$0.appliesTo.flags.isDisjoint(with: flags) }) {
            return byFlag.text
        }
        return guidingLines.first { $0.unitName == nil && $0.appliesTo.kinds.contains(kind) }?.text
    }

    static func isAny(_ s: UnitSelector) -> Bool { s.kinds.isEmpty && s.flags.isEmpty }
    static func matches(_ s: UnitSelector, _ kind: UnitKind, _ flags: Set<UnitFlag>) -> Bool {
        s.kinds.contains(kind) || !s.flags.isDisjoint(with: flags)
    }

    /// The set shipped with the product (public culture).
    public static let shipped: SummaryTemplateSet = {
        guard let url = Bundle.module.url(forResource: "summary-templates-default", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url), let set = try? JSONDecoder().decode(SummaryTemplateSet.self, from: data) else {
            return SummaryTemplateSet(code: "standard", templates: [Choice(appliesTo: UnitSelector(), template: .standard)],
                                      guidingLines: [], deeds: DeedRules())
        }
        return set
    }()
}

/// How a ledger title is written as a deed: titles that start with a verb stay; otherwise a
/// verb by keyword in the title, else by the entry's category, else the fallback.
public struct DeedRules: Codable, Sendable {
    public struct ByKeyword: Codable, Sendable {
        public var keywords: [String]
        public var verb: String
    }

    public var keepPrefixes: [String]
    public var byKeyword: [ByKeyword]
    public var byCategory: [String: String]
    public var fallback: String
    /// A word some verbs need after the object: 做好…工作.
    public var suffixes: [String: String]

    public init(keepPrefixes: [String] = [], byKeyword: [ByKeyword] = [], byCategory: [String: String] = [:],
                fallback: String = "开展", suffixes: [String: String] = [:]) {
        self.keepPrefixes = keepPrefixes; self.byKeyword = byKeyword; self.byCategory = byCategory
        self.fallback = fallback; self.suffixes = suffixes
    }

    /// "公共文化设施覆盖情况统计" (other) → "完成公共文化设施覆盖情况统计".
    public func deed(title: String, category: EntryCategory) -> String {
        let t = title.trimmingCharacters(in: .whitespaces)
        if keepPrefixes.contains(where: { t.hasPrefix($0) }) { return t }
        let verb = byKeyword.first { rule in rule.keywords.contains { t.contains($0) } }?.verb
            ?? byCategory[category.rawValue] ?? fallback
        let suffix = suffixes[verb].flatMap { t.hasSuffix($0) ? nil : $0 } ?? ""
        return verb + t + suffix
    }
}
