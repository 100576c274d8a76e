import EngageCore
import EngageHTTP
import EngageStore

/// One form of the board: where it posts, who may send it, how its fields become one store
/// call, and the page it lives on (to show it again with its errors).
///
/// Every form goes through the one path in `FormRunner`: origin and CSRF token, session and
/// role, then `read` (fields → a checked action, or errors), then the action on the store in one
/// transaction, then a redirect with a confirmation, or the page again with the errors. A form
/// holds no rule of its own: it parses into the domain's values and calls the same store
/// functions as the API, which check the rules and the recording right inside the write.
struct BoardForm: Sendable {
    /// Names the form in ids and in `FormState` (e.g. `followup-add`).
    let name: String
    /// The route it posts to (a router pattern, e.g. `/authorities/:name/followups`).
    let route: String
    /// The least role that may send it; officers only on the authorities they lead (the store
    /// checks that).
    let least: Role
    /// Reads the fields; nil (with the errors recorded in the input) when they do not make an action.
    let read: @Sendable (inout FormInput, FormContext) -> FormAction?
    /// The page the form is on, rendered for `visit` (which carries the form's state).
    let page: @Sendable (Store, Visit, FormContext) throws -> HTML
    /// The form's field for each input the domain may name in a refusal (`EngageError.field`),
    /// so that a refusal from the store is shown beside the field it is about.
    var fields: [String: String] = [:]
    /// Whether the form has a page of its own at `route` (answered to GET by `page`), rather
    /// than living on a page that has its own route.
    var ownPage = false
}

/// What a form's reading may use besides its fields.
struct FormContext: Sendable {
    /// The route's parameters (e.g. the authority's name).
    let parameters: RouteParameters
    /// The visitor.
    let visit: Visit
    /// Today, for dates.
    let today: Day
    /// The site's address as this request reached it (`SiteAddress`), for an address shown once.
    var site: String? = nil

    /// A route parameter, or "".
    func parameter(_ name: String) -> String { parameters[name] ?? "" }
}

/// A form's checked request: what to do on the store, and where to go after.
struct FormAction {
    let perform: (Store) throws -> Confirmation
}

/// Where a form goes after it worked, and the one line saying what it did.
struct Confirmation {
    let message: String
    let path: String
    /// A new session's secret to set (a password change ends every session and starts one).
    var newSession: String? = nil
    /// A page to answer with at once (200, never stored) instead of redirecting to `path`, for
    /// what must be shown once and never travel in a cookie or a URL (a one-time password);
    /// rendered for the visit, with `message` as its confirmation.
    var shownOnce: ((Visit) -> HTML)? = nil
}
