import ArgParse

/// What every command reads from `--database`, `--as` and `--json` (see `CommonOptions`).
struct CommonArguments {
    /// The `--database` conninfo or URL, if given.
    let database: String?
    /// The `--as` name for the audit log, if given.
    let actor: String?
    /// Whether `--json` asked for machine-readable output.
    let json: Bool

    /// Reads the shared options; those a command does not declare are simply absent.
    init(_ arguments: ParsedArguments) {
        database = arguments.value("database")
        actor = arguments.value("as")
        json = arguments.flag("json")
    }
}
