/// The four engagement stages an authority goes through.
public enum Stage: Int, CaseIterable, Sendable, Codable, Comparable {
    case researchAndMapping = 1
    case multiAgencyForums = 2
    case keyAgencies = 3
    case strategicResponse = 4

    /// The stage's name, e.g. "Research and mapping".
    public var title: String {
        switch self {
        case .researchAndMapping: "Research and mapping"
        case .multiAgencyForums: "Multi-agency forums"
        case .keyAgencies: "Key agencies"
        case .strategicResponse: "Strategic response"
        }
    }

    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }
}
