import EngageCore
import EngageHTTP
import FoundationEssentials

extension BoardPages {
    /// `GET /reports/period`: the period report for `from`…`to` (the last twelve months when
    /// neither is given); a period that is not one comes back as the form with its errors (422).
    func period(_ request: HTTPRequest) -> HTTPResponse {
        var input = FormInput(items: request.queryItems)
        let today = Day.today()
        let given = input.optional("from") != nil || input.optional("to") != nil
        let from = given ? input.day("from", label: "From") : today.adding(years: -1).adding(days: 1)
        let to = given ? input.day("to", label: "To") : today
        var scope: ReportScope?
        if input.isValid {
            do {
                scope = try ReportScope(from: from, to: to, today: today, timeZone: TimeZone.current.identifier)
            } catch {
                input.fail("to", BoardMessage.sentence(error))
            }
        }
        guard let scope else {
            let state = FormState(form: "period", values: input.sent, errors: input.errors)
            return respond(request, status: .unprocessableContent) { _, visit in
                var shown = visit
                shown.form = state
                return PeriodPage.refused(visit: shown)
            }
        }
        return respond(request) { store, visit in PeriodPage.render(try store.periodReport(scope), visit: visit) }
    }
}
