import TaizhangDomain

/// What every page's layout needs besides the page's own model: who is signed in,
/// in which unit, the language, the CSRF token and today's date (countdowns).
public struct PageContext: Sendable {
    public struct UnitChoice: Sendable, Hashable {
        public var id: Int
        public var name: String
        public init(id: Int, name: String) { self.id = id; self.name = name }
    }

    /// A one-off message after a redirect ("已保存").
    public struct Flash: Sendable, Hashable {
        public enum Kind: String, Sendable { case success, error, info }
        public var kind: Kind
        public var message: String
        public init(_ kind: Kind, _ message: String) { self.kind = kind; self.message = message }
    }

    public var lang: Language
    public var csrf: String
    public var displayName: String
    /// The units the user holds roles in; more than one shows the switcher.
    public var units: [UnitChoice]
    public var currentUnitID: Int
    /// The user's roles in the current unit: they choose the navigation.
    public var roles: Set<Role>
    /// Path and query of this request, for the language switch and for returning after a unit switch.
    public var path: String
    /// Today in Beijing time: countdowns are computed against it, not the clock, so views stay pure.
    public var today: CivilDate
    public var flash: Flash?
    /// The demonstration zones and projects (SPEC §4) the user may open from the current unit:
    /// the unit itself when it is one, for supervisors those below. Empty hides the process tab.
    public var processUnits: [UnitChoice]
    /// The service centres (SPEC §7) the user may open from the current unit: the centre it
    /// is or belongs to, for supervisors those below. Empty hides the service tab.
    public var serviceCentres: [UnitChoice]

    public init(lang: Language, csrf: String, displayName: String, units: [UnitChoice], currentUnitID: Int,
                roles: Set<Role>, path: String, today: CivilDate, flash: Flash? = nil, processUnits: [UnitChoice] = [],
                serviceCentres: [UnitChoice] = []) {
        self.lang = lang; self.csrf = csrf; self.displayName = displayName; self.units = units
        self.currentUnitID = currentUnitID; self.roles = roles; self.path = path; self.today = today
        self.flash = flash; self.processUnits = processUnits; self.serviceCentres = serviceCentres
    }

    var t: Loc { Loc(lang) }
    var currentUnitName: String { units.first { $0.id == currentUnitID }?.name ?? "" }
}
