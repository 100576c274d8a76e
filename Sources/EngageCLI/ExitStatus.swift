import ArgParse
import CSV
import EngageCore
import EngageStore

/// The process's exit status, from sysexits(3).
enum ExitStatus: Int32 {
    /// It worked.
    case ok = 0
    /// The command line was wrong: unknown command or option, a missing or malformed argument.
    case usage = 64
    /// The data was refused: invalid input, an unknown or duplicate record, a rule of the workflow.
    case dataError = 65
    /// The database could not be reached.
    case unavailable = 69
    /// Something went wrong inside engage; a bug to report.
    case internalError = 70
    /// An output file could not be created or written.
    case cannotCreate = 73
    /// The database was busy (a statement ran out of time, a write kept clashing); nothing was
    /// changed and trying again may succeed.
    case tryAgain = 75

    /// The status and the one line to print for an error.
    /// - Parameters:
    ///   - error: What a command threw.
    ///   - debug: Whether to print an internal error's full detail (`ENGAGE_DEBUG=1`).
    static func of(_ error: any Error, debug: Bool) -> (status: ExitStatus, line: String) {
        switch error {
        case let usage as UsageError:
            let help = usage.commandPath.joined(separator: " ") + " --help"
            return (.usage, "error: \(usage.message) (see '\(help)')")
        case let refusal as EngageError:
            return (.dataError, "error: \(refusal.description)")
        case let refused as ImportRefused:
            // One summary line, then the bad rows, one per line, as the users asked.
            let rows = refused.errors.map(\.description)
            return (.dataError, (["error: \(refused.summary); \(refused.hint)"] + rows).joined(separator: "\n"))
        case let busy as DatabaseBusy:
            return (.tryAgain, "error: \(busy.description); nothing was changed; try again")
        case let failure as ChromiumPDF.Failure:
            return (.unavailable, "error: \(failure.description)")
        case let file as FileError:
            return (.cannotCreate, "error: \(file.description)")
        case let unavailable as DatabaseUnavailable:
            return (.unavailable, "error: \(unavailable.description); start the local one with 'scripts/db start', or set DATABASE_URL or PGHOST")
        default:
            let detail = debug ? String(reflecting: error) : String(describing: error)
            return (.internalError, "internal error: \(detail); please report it (ENGAGE_DEBUG=1 shows more)")
        }
    }
}
