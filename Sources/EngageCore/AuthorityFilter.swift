/// Which authorities a list shows; filters combine (all must hold).
public struct AuthorityFilter: Equatable, Sendable {
    public var status: AuthorityStatus?
    public var region: Region?
    public var stage: Stage?
    /// The lead officer's name.
    public var officer: String?

    /// Creates a filter; nil means "any".
    public init(status: AuthorityStatus? = nil, region: Region? = nil, stage: Stage? = nil, officer: String? = nil) {
        self.status = status
        self.region = region
        self.stage = stage
        self.officer = officer
    }
}
