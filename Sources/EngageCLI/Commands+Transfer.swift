import ArgParse

extension Commands {
    /// The import and export command groups.
    static var transferGroups: [Node] { [] }
}
