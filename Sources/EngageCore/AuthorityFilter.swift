/// Which authorities a list shows; filters combine (all must hold).
public struct AuthorityFilter: Equatable, Sendable {
    public var status: AuthorityStatus?
    public var region: Region?

    /// Creates a filter; nil means "any".
    public init(status: AuthorityStatus? = nil, region: Region? = nil) {
        self.status = status
        self.region = region
    }
}
