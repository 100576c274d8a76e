import EngageCore
import Postgres

/// Runs `body`, turning the database's refusals that a user can cause into `EngageError`s.
///
/// Constraint names map to sentences here, in one place; anything unexpected passes through as
/// the `PostgresError` it is (an internal error for the faces).
func translatingErrors<Value>(_ body: () throws -> Value) throws -> Value {
    do {
        return try body()
    } catch let error as PostgresError {
        if error.isConnectivityFailure { throw DatabaseUnavailable(reason: reason(error)) }
        throw translate(error) ?? error
    }
}

/// A cap's CHECK constraint refused the change; the caller knows which authority and officer
/// were involved and turns this into a `CapacityExceeded` sentence.
struct CapacityConflict: Error {
    enum Scope { case officer, team }
    let scope: Scope
}

private func reason(_ error: PostgresError) -> String {
    switch error {
    case .connectionFailed(let message), .connectionLost(let message): message
    default: error.description
    }
}

private func translate(_ error: PostgresError) -> (any Error)? {
    guard let server = error.serverError else { return nil }
    switch server.constraint {
    case "officers_within_cap": return CapacityConflict(scope: .officer)
    case "team_within_cap": return CapacityConflict(scope: .team)
    default: break
    }
    switch server.sqlState {
    case .queryCanceled:
        return DatabaseBusy(cause: .statementTimeout)
    case .undefinedTable:
        return EngageError(.refused, "the database is not set up for engage (\(server.message))",
                           hint: "run 'engage migrate'")
    case .uniqueViolation, .checkViolation, .foreignKeyViolation, .notNullViolation:
        return constraintMessages[server.constraint ?? ""]
            ?? EngageError(.invalid, "the database refused the change: \(server.message)",
                           hint: server.hint ?? "check the values given")
    default:
        return nil
    }
}

/// Sentences for constraints a user can run into despite the domain's checks (e.g. a race).
private let constraintMessages: [String: EngageError] = [
    "officers_name_key": EngageError(.duplicate, "an officer of that name already exists",
                                     hint: "names are unique ignoring case; see 'engage officer list'"),
    "authorities_name_key": EngageError(.duplicate, "an authority of that name already exists",
                                        hint: "names are unique ignoring case; see 'engage authority list'"),
    "users_name_key": EngageError(.duplicate, "a user of that name already exists",
                                  hint: "names are unique ignoring case; see 'engage user list'"),
]
