/// A place was asked for beyond a cap: an officer's, or the team's.
public struct CapacityExceeded: Equatable, Sendable {
    /// Whose cap is full.
    public enum Scope: Equatable, Sendable {
        case officer(String)
        case team
    }

    public let scope: Scope
    public let cap: Int
    /// The active authorities that fill the cap, by name.
    public let holders: [String]

    /// Creates the refusal.
    public init(scope: Scope, cap: Int, holders: [String]) {
        self.scope = scope
        self.cap = cap
        self.holders = holders
    }

    /// The one-line refusal for taking on `authority`, with what to do instead.
    /// - Parameter authority: The authority that asked for the place.
    public func error(for authority: String) -> EngageError {
        let filled = holders.isEmpty ? "" : " (\(holders.joined(separator: ", ")))"
        let whose = switch scope {
        case .officer(let name): "\(name) is at their cap of \(cap) active \(cap == 1 ? "authority" : "authorities")\(filled)"
        case .team: "the team is at its cap of \(cap) active \(cap == 1 ? "authority" : "authorities")\(filled)"
        }
        return EngageError(.refused, "cannot take on \(authority): \(whose)",
                           hint: "add --waitlist to put it on the waitlist instead, or signpost it with 'engage authority signpost \(authority) --to WHERE'",
                           code: "capacity_exceeded", details: details(for: authority))
    }

    private func details(for authority: String) -> [String: ErrorDetail] {
        var details: [String: ErrorDetail] = ["authority": .text(authority), "cap": .number(cap), "holders": .list(holders)]
        switch scope {
        case .officer(let name):
            details["scope"] = .text("officer")
            details["officer"] = .text(name)
        case .team:
            details["scope"] = .text("team")
        }
        return details
    }
}
