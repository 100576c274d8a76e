/// An authority to add, checked against the domain's rules when made. It starts as a prospect.
public struct NewAuthority: Equatable, Sendable {
    public let name: String
    public let region: Region
    public let profile: String?

    /// Validates an authority to add.
    /// - Parameters:
    ///   - name: The authority's name, e.g. "Somerset"; trimmed.
    ///   - region: Its region.
    ///   - profile: Free text about what shapes engagement there; blank means none.
    /// - Throws: `EngageError.invalid` for an unusable name.
    public init(name: String, region: Region, profile: String? = nil) throws(EngageError) {
        self.name = try DisplayName.validated(name, of: "authority")
        self.region = region
        let trimmed = profile?.trimmingWhitespace()
        self.profile = trimmed?.isEmpty == false ? trimmed : nil
    }
}
