/// The values a route's `:name` segments took in a request's path, percent-decoded.
public struct RouteParameters: Sendable, Equatable {
    private var values: [(name: String, value: String)] = []

    /// No parameters.
    public init() {}

    /// The value of the parameter called `name`, or nil.
    public subscript(name: String) -> String? {
        values.first { $0.name == name }?.value
    }

    /// The parameters' names, in the route's order.
    public var names: [String] { values.map(\.name) }

    /// Records a parameter's value.
    mutating func set(_ name: String, _ value: String) {
        values.append((name, value))
    }

    /// Parameters are equal when they hold the same names and values in order.
    public static func == (lhs: RouteParameters, rhs: RouteParameters) -> Bool {
        lhs.values.elementsEqual(rhs.values) { $0.name == $1.name && $0.value == $1.value }
    }
}
