import EngageStore
import FoundationEssentials
import Glibc

/// What a command runs with: the environment, where output goes, and the way to the database.
struct Context {
    /// The process environment.
    let environment: [String: String]
    /// Writes to standard output.
    let output: (String) -> Void

    /// The conninfo or URL from `--database`, else `DATABASE_URL`; nil leaves it to libpq's `PG*` variables.
    func conninfo(option: String?) -> String? {
        if let option, !option.isEmpty { return option }
        if let url = environment["DATABASE_URL"], !url.isEmpty { return url }
        return nil
    }

    /// Who is making changes, for the audit log: `--as`, else `ENGAGE_USER`, else the login name.
    func actor(option: String?) -> String {
        if let option, !option.trimmingWhitespace().isEmpty { return option }
        for key in ["ENGAGE_USER", "USER", "LOGNAME"] {
            if let name = environment[key], !name.isEmpty { return name }
        }
        let login = ProcessInfo.processInfo.userName
        return login.isEmpty ? "unknown" : login
    }

    /// Opens the store named by `--database` (acting as `--as`), runs `body`, closes it.
    /// - Parameter common: The command's shared options.
    func withStore<Value>(_ common: CommonArguments, _ body: (Store) throws -> Value) throws -> Value {
        let store = try Store.open(conninfo(option: common.database), actor: actor(option: common.actor))
        defer { store.close() }
        return try body(store)
    }

    /// The width tables should fit: `COLUMNS`, else 80 on a terminal, else unlimited (for pipes).
    var terminalWidth: Int? {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        return isatty(STDOUT_FILENO) == 1 ? 80 : nil
    }

    /// Writes `text`, adding a final newline when it has none.
    func print(_ text: String) {
        output(text.hasSuffix("\n") ? text : text + "\n")
    }
}
