/// The sector of an event's audience, as in the evaluation's events table.
public enum Sector: String, CaseIterable, Sendable, Codable {
    case childrenAndFamilies = "children-and-families"
    case education, health, other, prisons, voluntary, probation

    /// The name used in the evaluation.
    public var name: String {
        switch self {
        case .childrenAndFamilies: "Children and Families Services"
        case .education: "Education"
        case .health: "Health"
        case .other: "Other"
        case .prisons: "Prisons"
        case .voluntary: "Voluntary"
        case .probation: "Probation"
        }
    }

    private static let lookup = KeyFolding.table(
        allCases, spellings: { [$0.rawValue, $0.name] },
        aliases: ["children": .childrenAndFamilies, "childrens services": .childrenAndFamilies,
                  "prison": .prisons, "charity": .voluntary, "vcs": .voluntary])

    /// Reads a sector from its key or name, ignoring case; "children", "prison" work too.
    /// - Parameter text: What the user typed.
    /// - Throws: `EngageError.invalid` listing the sectors.
    public static func parse(_ text: String) throws(EngageError) -> Sector {
        if let sector = lookup[KeyFolding.fold(text)] { return sector }
        throw EngageError(.invalid, "unknown sector '\(text)'", hint: "use one of: " + allCases.map(\.rawValue).joined(separator: ", "))
    }
}
