import EngageCore

/// Who may call a route.
///
/// Roles nest: a manager may do all an officer may, an officer all a viewer may. An officer
/// records only for the authorities they lead; the store checks that inside each change (see
/// `Store.recordingLead`), since it depends on the record and must hold against a reassignment.
public enum Access: Sendable, Equatable {
    /// Anyone, without a token (`/health`, `/openapi.json`).
    case everyone
    /// Any valid token: reading.
    case viewer
    /// An officer (for the authorities they lead) or a manager: recording.
    case officer
    /// A manager only: assigning, caps, overrides, erasure, imports.
    case manager

    /// The least role allowed, or nil when no token is needed.
    var leastRole: Role? {
        switch self {
        case .everyone: nil
        case .viewer: .viewer
        case .officer: .officer
        case .manager: .manager
        }
    }
}
