import FoundationEssentials

/// An authority waiting for a place.
public struct WaitlistEntry: Equatable, Sendable, Codable {
    public let authority: String
    public let region: Region
    /// When it joined the waitlist.
    public let since: Date

    /// Creates an entry.
    public init(authority: String, region: Region, since: Date) {
        self.authority = authority
        self.region = region
        self.since = since
    }
}
