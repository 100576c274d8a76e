/// The days a report counts: inclusive, open at either end, never ending before it starts and
/// never longer than `maximumYears` (a report reckons month by month or day by day over it, so
/// its size and time grow with it).
public struct ReportPeriod: Equatable, Sendable {
    /// The longest period, in years.
    public static let maximumYears = 100

    /// The first day counted; nil counts from the beginning.
    public let from: Day?
    /// The last day counted; nil counts to the end.
    public let to: Day?

    /// Checks a period.
    /// - Throws: `EngageError.invalid` when `from` is after `to`, or `maximumYears` or more apart.
    public init(from: Day? = nil, to: Day? = nil) throws(EngageError) {
        if let from, let to {
            guard from <= to else {
                throw EngageError(.invalid, "the period from \(from) to \(to) ends before it starts",
                                  hint: "give --from on or before --to")
            }
            guard to < from.adding(years: Self.maximumYears) else {
                throw EngageError(.invalid, "the period from \(from) to \(to) is \(Self.maximumYears) years or longer",
                                  hint: "give a period shorter than \(Self.maximumYears) years")
            }
        }
        self.from = from
        self.to = to
    }
}
