import FoundationEssentials

/// Finds the engage repository a command runs in, so that `migrations/` and `seeds/` are read
/// from it rather than from the copies built into the binary.
enum RepositoryLocator {
    /// The repository root containing `folder` (or a parent of it), recognised by
    /// `migrations/0001_initial.sql` beside `Sources/EngageStore`; nil outside one.
    static func root(containing folder: URL) -> URL? {
        var folder = folder.standardizedFileURL
        while true {
            let migration = folder.appendingPathComponent("migrations/0001_initial.sql")
            let sources = folder.appendingPathComponent("Sources/EngageStore", isDirectory: true)
            if FileManager.default.fileExists(atPath: migration.path), FileManager.default.fileExists(atPath: sources.path) {
                return folder
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}
