/// A route's path pattern, such as `/api/authorities/:name/history`: literal segments, and
/// `:name` segments that match any one non-empty segment and capture it.
struct RoutePattern: Sendable, CustomStringConvertible {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    let segments: [Segment]
    let description: String

    /// A pattern from its text, which must start with `/`.
    init(_ text: String) {
        precondition(text.hasPrefix("/"), "a route pattern starts with '/': \(text)")
        description = text
        segments = Self.split(text).map { part in
            part.hasPrefix(":") && part.count > 1 ? .parameter(String(part.dropFirst())) : .literal(String(part))
        }
    }

    /// The segments of a path: `/` is one empty segment, `/a/b/` is `a`, `b` and an empty one.
    static func split(_ path: String) -> [Substring] {
        Array(path.split(separator: "/", omittingEmptySubsequences: false).dropFirst())
    }

    /// The parameters captured when the decoded `segments` match, or nil.
    func match(_ segments: [String]) -> RouteParameters? {
        guard segments.count == self.segments.count else { return nil }
        var parameters = RouteParameters()
        for (segment, pattern) in zip(segments, self.segments) {
            switch pattern {
            case .literal(let text):
                guard segment == text else { return nil }
            case .parameter(let name):
                guard !segment.isEmpty else { return nil }
                parameters.set(name, segment)
            }
        }
        return parameters
    }

    /// Whether this pattern is more specific than `other`: a literal segment wins over a
    /// parameter at the first position where they differ.
    func isMoreSpecific(than other: RoutePattern) -> Bool {
        for (mine, theirs) in zip(segments, other.segments) {
            switch (mine, theirs) {
            case (.literal, .parameter): return true
            case (.parameter, .literal): return false
            default: continue
            }
        }
        return false
    }
}
