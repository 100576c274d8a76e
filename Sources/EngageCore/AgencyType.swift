/// The evaluation's types of agency reached in an authority.
public enum AgencyType: String, CaseIterable, Sendable, Codable {
    case lscb
    case schools
    case cypBoard = "cyp-board"
    case schoolSupport = "school-support"
    case police
    case probation
    case health
    case prison
    case other

    /// The name used in the evaluation's table.
    public var name: String {
        switch self {
        case .lscb: "LSCB"
        case .schools: "Schools/PRUs"
        case .cypBoard: "CYP Board/Trust"
        case .schoolSupport: "School support services"
        case .police: "Police"
        case .probation: "Probation"
        case .health: "Health"
        case .prison: "Prison"
        case .other: "Other"
        }
    }

    /// Whether agencies of this type are multi-agency forums (for the stage 2 gate).
    public var isForum: Bool { self == .lscb || self == .cypBoard }

    private static let aliases: [String: AgencyType] = [
        "localsafeguardingchildrenboard": .lscb, "safeguardingboard": .lscb,
        "school": .schools, "schoolsprus": .schools, "pru": .schools, "prus": .schools,
        "cyp": .cypBoard, "cypboard": .cypBoard, "cyptrust": .cypBoard, "cypboardtrust": .cypBoard,
        "chyps": .cypBoard, "childrenstrust": .cypBoard, "childrensboard": .cypBoard,
        "schoolsupportservices": .schoolSupport, "educationwelfare": .schoolSupport, "ews": .schoolSupport,
        "prisons": .prison, "nhs": .health,
    ]

    /// Reads a type from its key, its name or a common alias, ignoring case and punctuation.
    /// - Parameter text: What the user typed, e.g. "LSCB", "schools", "CYP Board/Trust".
    /// - Throws: `EngageError.invalid` listing the types.
    public static func parse(_ text: String) throws(EngageError) -> AgencyType {
        if let type = lookup[KeyFolding.fold(text)] { return type }
        throw EngageError(.invalid, "unknown agency type '\(text)'",
                          hint: "use one of: " + allCases.map(\.rawValue).joined(separator: ", "))
    }

    private static let lookup = KeyFolding.table(allCases, spellings: { [$0.rawValue, $0.name] }, aliases: aliases)
}
