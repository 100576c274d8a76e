/// One of England's nine regions.
public enum Region: String, CaseIterable, Sendable, Codable, Comparable {
    case northEast = "north-east"
    case northWest = "north-west"
    case yorkshireAndTheHumber = "yorkshire-and-the-humber"
    case eastMidlands = "east-midlands"
    case westMidlands = "west-midlands"
    case eastOfEngland = "east-of-england"
    case london
    case southEast = "south-east"
    case southWest = "south-west"

    /// The region's name as people write it, e.g. "Yorkshire and the Humber".
    public var name: String {
        switch self {
        case .northEast: "North East"
        case .northWest: "North West"
        case .yorkshireAndTheHumber: "Yorkshire and the Humber"
        case .eastMidlands: "East Midlands"
        case .westMidlands: "West Midlands"
        case .eastOfEngland: "East of England"
        case .london: "London"
        case .southEast: "South East"
        case .southWest: "South West"
        }
    }

    /// Short forms people use, beyond the key and the name.
    private static let aliases: [String: Region] = [
        "ne": .northEast, "nw": .northWest, "yh": .yorkshireAndTheHumber, "yorkshire": .yorkshireAndTheHumber,
        "yorkshireandhumber": .yorkshireAndTheHumber, "yorks": .yorkshireAndTheHumber,
        "em": .eastMidlands, "wm": .westMidlands, "ee": .eastOfEngland, "eoe": .eastOfEngland,
        "east": .eastOfEngland, "eastern": .eastOfEngland, "greaterlondon": .london,
        "se": .southEast, "sw": .southWest,
    ]

    /// Reads a region from its key, its name or a common short form, ignoring case, spaces,
    /// hyphens and "&" for "and": "North West", "north-west", "NW", "Yorkshire" all work.
    /// - Parameter text: What the user typed.
    public init?(parsing text: String) {
        guard let region = Self.lookup[KeyFolding.fold(text, ampersandAsAnd: true)] else { return nil }
        self = region
    }

    /// Reads a region, or explains which ones exist.
    /// - Parameter text: What the user typed.
    /// - Throws: `EngageError.invalid` listing the nine regions.
    public static func parse(_ text: String) throws(EngageError) -> Region {
        guard let region = Region(parsing: text) else {
            throw EngageError(.invalid, "unknown region '\(text)'",
                              hint: "use one of: " + allCases.map(\.name).joined(separator: ", "))
        }
        return region
    }

    /// In the order of the regions table: north to south.
    public static func < (lhs: Region, rhs: Region) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    private static let lookup = KeyFolding.table(
        allCases, spellings: { [$0.rawValue, $0.name] }, aliases: aliases, ampersandAsAnd: true)
}
