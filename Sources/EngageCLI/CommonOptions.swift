import ArgParse

/// Options that many commands share, spelled and documented once.
enum CommonOptions {
    /// `--database URL`: which database to use.
    static let database = Option.value(
        "database", valueName: "URL",
        help: "PostgreSQL conninfo or URL. Default: $DATABASE_URL, else libpq's PGHOST, PGDATABASE, … variables.")

    /// `--json`: machine-readable output.
    static let json = Option.flag("json", help: "Print JSON for scripts (stable keys, ISO 8601 dates).")
}
