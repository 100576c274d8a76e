import FoundationEssentials

/// An engagement officer, who leads authorities up to a cap.
public struct Officer: Equatable, Sendable, Codable {
    /// The default cap on active authorities (the evaluation's "3–4 at any one time").
    public static let defaultCap = 4
    /// The caps a manager may set.
    public static let capRange = 0...50

    public var id: Int64
    public var name: String
    public var region: Region
    /// How many active authorities the officer may lead at once.
    public var activeCap: Int
    /// How many active authorities the officer leads now (derived, not stored).
    public var activeCount: Int
    public var createdAt: Date

    /// Creates an officer value.
    public init(id: Int64, name: String, region: Region, activeCap: Int, activeCount: Int, createdAt: Date) {
        self.id = id
        self.name = name
        self.region = region
        self.activeCap = activeCap
        self.activeCount = activeCount
        self.createdAt = createdAt
    }

    /// Checks a cap a manager asked for.
    /// - Parameter cap: The requested cap.
    /// - Throws: `EngageError.invalid` when outside `capRange`.
    public static func validatedCap(_ cap: Int) throws(EngageError) -> Int {
        guard capRange.contains(cap) else {
            throw EngageError(.invalid, "a cap of \(cap) active authorities is out of range",
                              hint: "use a number from \(capRange.lowerBound) to \(capRange.upperBound)")
        }
        return cap
    }
}
