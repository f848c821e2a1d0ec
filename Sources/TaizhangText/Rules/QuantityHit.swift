/// A quantity found on a line, with the positions the arithmetic rules need.
struct QuantityHit {
    var number: ParsedNumber
    /// Start of the prefix qualifier if any, else the number's start.
    var start: Int
    /// End of the unit (and of a trailing qualifier).
    var end: Int
    var unit: String
    /// The measure word alone, without magnitude (人次 for 万人次).
    var measure: String
    var qualifier: String?
    var prefixQualifier: String?
    var postQualifier: String?
    var change: String?
    var subject: String

    var value: Double { change == "decrease" ? -number.value : number.value }
    var normalized: Double { value * number.magnitude }
    var isApproximate: Bool {
        guard let qualifier else { return false }
        return qualifier != "达"
    }
    var isPercent: Bool { measure == "%" || measure == "‰" }
}
