/// One member's attendance over a period: Derek Benson, Independent Chair, 4 of 4 meetings (100%).
public struct Attendance: Sendable, Equatable {
    public let body: String?
    public let name: String
    public let role: String?
    public let attended: Int?
    public let possible: Int?
    public let percent: Double?
    public let line: Int

    public init(body: String?, name: String, role: String?, attended: Int?, possible: Int?, percent: Double?, line: Int) {
        self.body = body
        self.name = name
        self.role = role
        self.attended = attended
        self.possible = possible
        self.percent = percent
        self.line = line
    }
}
