import Foundation
import TaizhangDomain

extension EntryFormPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let f = Fields(state: m.form, t: t)
        let action = m.entryID.map { "/ledger/\($0)" } ?? "/ledger"
        return Layout.page(m.entryID == nil ? t(.addEntry) : t(.editEntry), ctx) {
            if let from = m.importedFrom { p(.class("tz-alert tz-alert-info")) { t(.importedFrom) + from } }
            postForm(action, csrf: ctx.csrf, multipart: true, .class("tz-form tz-entry-form")) {
                f.formError
                if let v = m.form.values["version"] { hidden("version", v) }
                f.input("title", t(.entryTitle), required: true, extra: [Attribute("maxlength", "200")])
                div(.class("tz-row")) {
                    f.input("date", t(.date), type: "date", required: true)
                    f.input("end_date", t(.endDate), type: "date", hint: t(.endDateHint))
                    f.select("category", t(.category), options: EntryCategory.allCases.map { ($0.rawValue, t.category($0)) },
                             value: EntryCategory.activity.rawValue, required: true)
                }
                f.input("place", t(.place))
                f.textarea("narrative", t(.narrative), rows: 4)
                valueFields(m, f, t)
                // First on a phone (CSS order): the photo is what people have in hand when they record.
                div(.class("tz-photo-field")) {
                    f.file("evidence", t(.evidenceUpload), accept: "image/*,.jpg,.jpeg,.png,.pdf,.doc,.docx,.xls,.xlsx",
                           multiple: true, hint: t(.evidenceHint))
                }
                div(.class("tz-check")) {
                    input(.type("checkbox"), .id("f-planned"), .name("planned"), .value("1"),
                          .when(m.form.values["planned"] == "1", .checked))
                    label(.for("f-planned")) { t(.plannedEntry) }
                }
                div(.class("tz-form-actions")) {
                    submitButton(t(.save))
                    a(.class("tz-btn tz-btn-plain"), .href("/ledger")) { t(.cancel) }
                }
            }
            if let id = m.entryID {
                if !m.evidence.isEmpty { evidenceList(id, m.evidence, ctx) }
                postForm("/ledger/\(id)/delete", csrf: ctx.csrf, .class("tz-danger-zone")) {
                    if let v = m.form.values["version"] { hidden("version", v) }
                    submitButton(t(.deleteEntry), kind: "danger", confirm: t(.confirmDelete))
                }
            }
        }
    }

    /// The value fields: the unit's recently used indicators first, then the groups of the
    /// chosen category, the other groups folded under 其他指标 (app.js re-sorts them when the
    /// category changes; a group with a value typed in it always stays open). Each value takes
    /// "约300" / "300余" as typed, or a qualifier from the list beside it.
    static func valueFields(_ m: Model, _ f: Fields, _ t: Loc) -> Node {
        let category = EntryCategory(rawValue: m.form.values["category"] ?? "") ?? .activity
        let recent = m.recentIndicators.compactMap { code in m.indicators.first { $0.code == code } }
        let recentCodes = Set(recent.map(\.code))
        var groups: [(String, [Indicator])] = []
        for ind in m.indicators where !recentCodes.contains(ind.code) {
            if let i = groups.firstIndex(where: { $0.0 == ind.group }) { groups[i].1.append(ind) } else { groups.append((ind.group, [ind])) }
        }
        func typed(_ members: [Indicator]) -> Bool { members.contains { !(m.form.values[valueField($0.code)] ?? "").isEmpty } }
        let shown = groups.filter { CategoryIndicators.shows($0.0, for: category) || typed($0.1) }
        let folded = groups.filter { g in !shown.contains { $0.0 == g.0 } }
        return fieldset(.class("tz-values"), .data("values", "1")) {
            legend { t(.indicatorValues) }
            p(.class("tz-hint")) { t(.indicatorValuesHint) }
            if !recent.isEmpty { group(t(.recentIndicators), recent, cats: "all", f, t, cls: "tz-value-group tz-recent") }
            div(.class("tz-values-main")) {
                for (name, members) in shown { group(t.indicatorGroup(name), members, cats: cats(name), f, t) }
            }
            details(.class("tz-more-values"), .when(folded.isEmpty, Attribute("hidden", nil))) {
                summary { t(.otherIndicators) }
                div(.class("tz-values-more")) {
                    for (name, members) in folded { group(t.indicatorGroup(name), members, cats: cats(name), f, t) }
                }
            }
        }
    }

    static func cats(_ group: String) -> String { CategoryIndicators.categories(of: group).map(\.rawValue).joined(separator: " ") }

    static func group(_ title: String, _ members: [Indicator], cats: String, _ f: Fields, _ t: Loc,
                      cls: String = "tz-value-group") -> Node {
        div(.class(cls), .data("cats", cats)) {
            h3 { title }
            div(.class("tz-row")) {
                for ind in members {
                    f.quantity(valueField(ind.code), qualifierName: qualifierField(ind.code), t.pick(zh: ind.name, en: ind.nameEn),
                               suffix: t.lang == .en ? Fmt.englishMeasure(ind.measureWord).trimmingCharacters(in: .whitespaces) : ind.measureWord,
                               decimal: ind.valueType == .decimal)
                }
            }
        }
    }

    static func evidenceList(_ entryID: Int, _ items: [Evidence], _ ctx: PageContext) -> Node {
        let t = ctx.t
        return UI.card(t(.evidence)) {
            ul(.class("tz-evidence")) {
                for item in items {
                    li {
                        a(.href(item.url)) { item.filename }
                        small(.class("tz-muted")) { " " + item.sizeText }
                        postForm("/ledger/\(entryID)/evidence/\(item.id)/delete", csrf: ctx.csrf, .class("tz-inline")) {
                            submitButton(t(.remove), kind: "link", confirm: t(.confirmDelete))
                        }
                    }
                }
            }
        }
    }
}
