import TaizhangDomain

/// GET /process/liaison — the zone's one liaison (联络员) and the rotation of the national
/// liaison meetings (quarterly for zones, half-yearly for projects).
/// Form: POST /process/liaison (`name`, `title`, `phone`) names a new liaison, replacing the current one
/// (the unit's own people; a supervisor's `?unit=` stays on the action).
/// Form: POST /process/liaison/meetings (`period` 2024Q3 or 2024H2, `date`, `host` = a unit id
/// or empty with `host_name` for a host elsewhere) records a liaison meeting attended by the
/// zones (projects) of the kind in the supervisor's reach — supervisors only.
public enum LiaisonPage {
    public struct Model: Sendable {
        public var current: Liaison?
        public var previous: [Liaison]
        public var rotation: [RotationItem]
        public var canEdit: Bool
        public var form: FormState
        /// Supervisors record the meetings; the hosts they may name (unit id, name).
        public var canManage: Bool
        public var hostOptions: [Choice]
        public var meetingForm: FormState

        public init(current: Liaison?, previous: [Liaison] = [], rotation: [RotationItem], canEdit: Bool = false,
                    form: FormState = .empty, canManage: Bool = false, hostOptions: [Choice] = [], meetingForm: FormState = .empty) {
            self.current = current; self.previous = previous; self.rotation = rotation; self.canEdit = canEdit; self.form = form
            self.canManage = canManage; self.hostOptions = hostOptions; self.meetingForm = meetingForm
        }
    }

    public struct Liaison: Sendable, Hashable {
        public var name: String
        public var title: String
        public var phone: String
        public var since: CivilDate
        public var until: CivilDate?
        public init(name: String, title: String, phone: String, since: CivilDate, until: CivilDate? = nil) {
            self.name = name; self.title = title; self.phone = phone; self.since = since; self.until = until
        }
    }

    /// One liaison meeting in the rotation: who hosts, and whether it was held.
    public struct RotationItem: Sendable, Hashable {
        public var period: Period
        public var host: String
        public var heldOn: CivilDate?
        /// This unit is the host.
        public var isUs: Bool
        public init(period: Period, host: String, heldOn: CivilDate? = nil, isUs: Bool = false) {
            self.period = period; self.host = host; self.heldOn = heldOn; self.isUs = isUs
        }
    }
}
