/// What a report covers: an inclusive period (open at either end), optionally one region or one
/// officer, as of a given day.
///
/// Periods are any date range, not calendar quarters. `--region` keeps an authority's records in
/// that region (and leaves national activities and networks out); `--officer` keeps records whose
/// officer is that officer (see each report for which officer a record has).
public struct ReportScope: Equatable, Sendable, Encodable {
    /// The first day counted; nil counts from the beginning.
    public let from: Day?
    /// The last day counted; nil counts to the end.
    public let to: Day?
    /// Only authorities in this region.
    public let region: Region?
    /// Only records of the officer of this name (matched ignoring case).
    public let officer: String?
    /// The day "now" is reckoned from: ages, open stays, the current month.
    public let today: Day
    /// The IANA time zone in which timestamps (stage changes) fall on days, e.g. `Europe/London`.
    public let timeZone: String

    /// Creates a scope.
    /// - Throws: `EngageError.invalid` for a period `ReportPeriod` refuses.
    public init(from: Day? = nil, to: Day? = nil, region: Region? = nil, officer: String? = nil,
                today: Day, timeZone: String = "UTC") throws(EngageError) {
        self.init(period: try ReportPeriod(from: from, to: to), region: region, officer: officer, today: today, timeZone: timeZone)
    }

    /// Creates a scope over a checked period.
    public init(period: ReportPeriod, region: Region? = nil, officer: String? = nil, today: Day, timeZone: String = "UTC") {
        self.from = period.from
        self.to = period.to
        self.region = region
        self.officer = officer
        self.today = today
        self.timeZone = timeZone
    }

    /// The period as people read it: "all time", "from 2014-01-01", "2014-01-01 to 2014-03-31".
    public var periodText: String {
        switch (from, to) {
        case (nil, nil): "all time"
        case (let from?, nil): "from \(from)"
        case (nil, let to?): "up to \(to)"
        case (let from?, let to?): "\(from) to \(to)"
        }
    }

    /// One line naming the period and the filters, for the top of a table.
    public var headline: String {
        var parts = ["period: " + periodText]
        if let region { parts.append("region: " + region.name) }
        if let officer { parts.append("officer: " + officer) }
        return parts.joined(separator: "; ")
    }

    private enum CodingKeys: String, CodingKey { case from, to, region, officer, today }

    /// Encodes the period and filters with explicit nulls, so that scripts always find the keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(region, forKey: .region)
        try container.encode(officer, forKey: .officer)
        try container.encode(today, forKey: .today)
    }
}
