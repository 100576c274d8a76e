import ArgParse

extension Commands {
    /// The groups for recording the work: agencies, activities, briefings, contacts, follow-ups.
    static var recordingGroups: [Node] { [] }
}
