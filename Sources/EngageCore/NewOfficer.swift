/// An officer to add, checked against the domain's rules when made.
public struct NewOfficer: Equatable, Sendable {
    public let name: String
    public let region: Region
    public let activeCap: Int

    /// Validates an officer to add.
    /// - Parameters:
    ///   - name: The officer's name; trimmed.
    ///   - region: The region they work in.
    ///   - activeCap: How many active authorities they may lead at once.
    /// - Throws: `EngageError.invalid` for an unusable name or a cap out of range.
    public init(name: String, region: Region, activeCap: Int = Officer.defaultCap) throws(EngageError) {
        self.name = try DisplayName.validated(name, of: "officer")
        self.region = region
        self.activeCap = try Officer.validatedCap(activeCap)
    }
}
