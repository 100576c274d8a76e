import ArgParse

/// Options that many commands share, spelled and documented once.
enum CommonOptions {
    /// `--database URL`: which database to use.
    static let database = Option.value(
        "database", valueName: "URL",
        help: "PostgreSQL conninfo or URL. Default: $DATABASE_URL, else libpq's PGHOST, PGDATABASE, … variables.")

    /// `--as NAME`: who is making the change, for the audit log.
    static let actor = Option.value(
        "as", valueName: "NAME", help: "Who is making the change, for the audit log. Default: $ENGAGE_USER, else your login name.")

    /// The options every command that changes data takes.
    static let writing: [Option] = [actor, database, json]

    /// `--json`: machine-readable output.
    static let json = Option.flag("json", help: "Print JSON for scripts (stable keys, ISO 8601 dates).")
}
