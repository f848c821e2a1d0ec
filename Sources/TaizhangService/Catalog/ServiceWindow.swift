/// A window (窗口) of a department in the centre, e.g. A01 文化市场审批窗口.
public struct ServiceWindow: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var departmentID: Int
    public var number: String
    public var name: String

    public init(id: Int, departmentID: Int, number: String, name: String) {
        self.id = id; self.departmentID = departmentID; self.number = number; self.name = name
    }

    /// A01 文化市场审批窗口.
    public var label: String { "\(number) \(name)" }
}

/// A member of a window's staff (窗口工作人员), appraised monthly; optionally a user.
public struct ServiceStaff: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var windowID: Int
    public var workNumber: String
    public var name: String
    public var userID: Int?
    public var active: Bool

    public init(id: Int, windowID: Int, workNumber: String, name: String, userID: Int? = nil, active: Bool = true) {
        self.id = id; self.windowID = windowID; self.workNumber = workNumber; self.name = name; self.userID = userID; self.active = active
    }
}
