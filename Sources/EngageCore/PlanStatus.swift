/// Where a work-plan action stands: open until it is done or dropped (with a reason).
public enum PlanStatus: String, CaseIterable, Sendable, Codable {
    case open, done, dropped
}
