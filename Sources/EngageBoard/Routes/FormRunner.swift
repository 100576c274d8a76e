import EngageCore
import EngageHTTP
import EngageStore

/// The one path every board form takes:
/// 1. the `Origin` header is this site's (else 403, nothing read);
/// 2. a session, and the form's CSRF token is that session's (else 403, nothing changed);
/// 3. the role may send the form (else 403); a one-time password must be changed first;
/// 4. the fields become a checked action (else the page again, 422, with every error);
/// 5. the action runs on the store, in one transaction, as this person and with their
///    recording right; it worked: 303 to the next page with a one-line confirmation; a rule
///    refused it: the page again with the refusal in words (409, or 422 for a bad value or a
///    `FormRefusal` with its details), nothing changed; not theirs to change: 403.
struct FormRunner: Sendable {
    let pages: BoardPages

    func submit(_ request: HTTPRequest, _ form: BoardForm) -> HTTPResponse {
        guard FormOrigin.isSameOrigin(request, origin: pages.cookies.origin) else { return BoardPages.crossSite() }
        do {
            return try pages.stores.withStore(actor: "board") { store in
                guard let visit = try pages.visit(request, in: store), let session = visit.session else {
                    return Self.refusal("Signed out", "Your session has ended, so nothing was changed. Sign in and send the form again.",
                                        status: .forbidden)
                }
                var input: FormInput
                do throws(MultipartError) {
                    input = try FormInput(request: request)
                } catch {
                    return Self.refusal("Form not read", "The form could not be read (\(error.description)), so nothing was changed. Open the page again and send it from there.",
                                        status: .badRequest, viewer: visit)
                }
                guard RandomSecret.equal(input.text("csrf"), session.csrfToken) else {
                    return Self.refusal("Form refused", "This form is out of date or did not come from this site, so nothing was changed. Open the page again and send it from there.",
                                        status: .forbidden, viewer: visit)
                }
                guard visit.viewer.may(form.least) else {
                    return Self.refusal("Not allowed", "Signed in as a \(visit.role.rawValue), you cannot do this; nothing was changed.",
                                        status: .forbidden, viewer: visit)
                }
                if session.account.mustChangePassword && form.name != AccountForms.passwordChange.name {
                    return pages.redirect("/account/password")
                }
                var context = FormContext(parameters: request.parameters, visit: visit, today: Day.today())
                context.site = SiteAddress.of(request, origin: pages.cookies.origin)
                guard let action = form.read(&input, context), input.isValid else {
                    return try reshow(form, input, context, in: store, status: .unprocessableContent)
                }
                do {
                    let done = try action.perform(store.acting(as: visit.name, recordingLead: visit.viewer.recordingLead))
                    return confirm(done, visit: visit)
                } catch let refusal as EngageError where refusal.kind != .forbidden {
                    input.fail(refusal.field.flatMap { form.fields[$0] }, BoardMessage.sentence(refusal))
                    return try reshow(form, input, context, in: store, status: refusal.kind == .invalid ? .unprocessableContent : .conflict)
                } catch let refusal as FormRefusal {
                    input.fail(refusal.field, refusal.message)
                    return try reshow(form, input, context, in: store, status: .unprocessableContent, details: refusal.details)
                }
            }
        } catch let refusal as EngageError {
            return Self.refusal(refusal.kind == .forbidden ? "Not yours to change" : "Cannot do that", BoardMessage.sentence(refusal),
                                status: refusal.kind == .forbidden ? .forbidden : refusal.kind == .notFound ? .notFound : .badRequest)
        } catch {
            return pages.failed(request, error)
        }
    }

    /// The form's page again, with what was typed and what is wrong (and more about it, if any).
    private func reshow(_ form: BoardForm, _ input: FormInput, _ context: FormContext, in store: Store,
                        status: HTTPStatus, details: HTML? = nil) throws -> HTTPResponse {
        var visit = context.visit
        visit.form = FormState(form: form.name, values: input.sent, errors: input.errors, details: details)
        let shown = visit
        let page = try store.snapshot { try form.page($0, shown, context) }
        return BoardPages.html(page, status: status)
    }

    /// The redirect after a form worked, carrying its confirmation (and a new session if any);
    /// or the page to be shown once, answered at once and marked never to be stored.
    private func confirm(_ done: Confirmation, visit: Visit) -> HTTPResponse {
        if let page = done.shownOnce {
            var shown = visit
            shown.confirmation = done.message
            return BoardPages.html(page(shown), headers: ["Cache-Control": "no-store"])
        }
        var response = pages.redirect(done.path)
        response.headers.add(name: "Set-Cookie", value: pages.cookies.confirm(done.message))
        if let secret = done.newSession {
            response.headers.add(name: "Set-Cookie", value: pages.cookies.startSession(secret, maxAge: Int(SignInPolicy.absoluteTimeout.seconds)))
        }
        return response
    }

    private static func refusal(_ title: String, _ message: String, status: HTTPStatus, viewer: Visit? = nil) -> HTTPResponse {
        BoardPages.html(ErrorPage.render(title: title, message: message, viewer: viewer), status: status)
    }
}
