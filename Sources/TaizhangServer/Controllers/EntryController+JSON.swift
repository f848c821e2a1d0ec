import Foundation
import TaizhangDomain

extension EntryController.EntryDTO {
    /// The entry exactly as `JSONEncoder.api` writes it (snake_case keys in sorted order, nil
    /// left out, ISO 8601 seconds), written by hand: every POST answers with one, and the
    /// encoder cost a POST more CPU than its SQL (issue #18). `EntryJSONTests` compares the
    /// two byte for byte. nil when a number cannot be written (not finite): the encoder then
    /// reports it.
    func json() -> String? {
        guard values.allSatisfy({ $0.value.isFinite }) else { return nil }
        var o = HandJSON()
        o.key("category"); o.string(category.rawValue)
        o.key("category_label"); o.string(categoryLabel)
        o.key("confirmation_required"); o.bool(confirmationRequired)
        if let confirmedAt { o.key("confirmed_at"); o.date(confirmedAt) }
        if let confirmedBy { o.key("confirmed_by"); o.int(confirmedBy) }
        if let confirmer { o.key("confirmer"); o.string(confirmer) }
        o.key("created_at"); o.date(createdAt)
        o.key("created_by"); o.int(createdBy)
        o.key("date"); o.string(date)
        if let endDate { o.key("end_date"); o.string(endDate) }
        o.key("id"); o.int(id)
        o.key("narrative"); o.string(narrative)
        o.key("pending"); o.bool(pending)
        if let place { o.key("place"); o.string(place) }
        o.key("planned"); o.bool(planned)
        if let provenance {
            o.key("provenance"); o.open()
            o.key("doc_id"); o.string(provenance.docId)
            o.key("span_end"); o.int(provenance.spanEnd)
            o.key("span_start"); o.int(provenance.spanStart)
            o.close()
        }
        o.key("source"); o.string(source)
        o.key("title"); o.string(title)
        o.key("unit_id"); o.int(unitId)
        o.key("updated_at"); o.date(updatedAt)
        o.key("values"); o.text += "["
        for (i, v) in values.enumerated() {
            if i > 0 { o.text += "," }
            o.open()
            o.key("indicator"); o.string(v.indicator)
            if let q = v.qualifier { o.key("qualifier"); o.string(q) }
            o.key("value"); o.number(v.value)
            o.close()
        }
        o.text += "]"
        o.key("version"); o.int(version)
        o.close()
        return o.text
    }
}

/// A JSON object written key by key, in the encoder's formatting.
struct HandJSON {
    var text = "{"
    private var first = [true]

    mutating func key(_ k: String) {
        if first[first.count - 1] { first[first.count - 1] = false } else { text += "," }
        text += "\"" + k + "\":"
    }

    mutating func open() { text += "{"; first.append(true) }
    mutating func close() { text += "}"; if first.count > 1 { first.removeLast() } }
    mutating func string(_ s: String) { text += AuditLog.jsonString(s) }
    mutating func int(_ i: Int) { text += String(i) }
    mutating func bool(_ b: Bool) { text += b ? "true" : "false" }

    /// As JSONEncoder writes a finite Double: its shortest form, without a trailing `.0`.
    mutating func number(_ d: Double) {
        let s = d.description
        text += s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }

    /// `.iso8601`: whole seconds (the fraction cut off), UTC.
    mutating func date(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = seconds - days * 86_400
        let d = CivilDate(dayNumber: days)
        text += "\"" + d.iso + "T" + Self.two(inDay / 3600) + ":" + Self.two(inDay / 60 % 60) + ":" + Self.two(inDay % 60) + "Z\""
    }

    private static func two(_ v: Int) -> String { v < 10 ? "0" + String(v) : String(v) }
}
