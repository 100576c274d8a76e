import ArgParse

extension Commands {
    /// The report command group.
    static var reportGroups: [Node] { [] }
}
