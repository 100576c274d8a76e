import EngageCore
import EngageHTTP
import FoundationEssentials

/// A report page's parameters as its GET form sends them (or a bookmarked address holds them),
/// checked: the scope to report, or what is wrong with each field.
///
/// The fields are those of `engage report` and `/api/reports/NAME`: `from`, `to`, `region`,
/// `officer`; empty means "not given". The scope is built as the API builds it (today and the
/// time zone are the service's), so the board's CSV and JSON are the API's bytes.
struct ReportParameters {
    /// The form's name, and so the prefix of its controls' ids (`report-from`).
    static let form = "report"
    /// The fields, in the form's order.
    static let fields = ["from", "to", "region", "officer"]

    /// What was sent, by field ("" when absent).
    let values: [String: String]
    /// The scope, when every field is good.
    let scope: ReportScope?
    /// What is wrong, field by field, in the form's order.
    let errors: [FieldError]

    /// Reads and checks the query of `request`.
    /// - Parameters:
    ///   - officers: The officers' names (an officer is matched ignoring case, as the store does).
    ///   - today: The day the report is reckoned from.
    static func read(_ request: HTTPRequest, officers: [String], today: Day) -> ReportParameters {
        var values: [String: String] = [:]
        for field in fields { values[field] = request.query(field) ?? "" }
        var errors: [FieldError] = []
        let from = day(values["from"] ?? "", field: "from", label: "From", errors: &errors)
        let to = day(values["to"] ?? "", field: "to", label: "To", errors: &errors)
        var period: ReportPeriod?
        do {
            period = try ReportPeriod(from: from, to: to)
        } catch {
            errors.append(FieldError(field: "to", message: BoardMessage.sentence(error)))
        }
        let region = self.region(values["region"] ?? "", errors: &errors)
        let officer = self.officer(values["officer"] ?? "", among: officers, errors: &errors)
        let scope = period.flatMap { period in
            errors.isEmpty ? ReportScope(period: period, region: region, officer: officer, today: today,
                                         timeZone: TimeZone.current.identifier) : nil
        }
        return ReportParameters(values: values, scope: scope, errors: errors)
    }

    /// The fields given, in order, for a link to the same report (its CSV, its JSON).
    var query: [(String, String)] {
        Self.fields.compactMap { field in values[field].flatMap { $0.isEmpty ? nil : (field, $0) } }
    }

    /// The form as sent, with its errors, for `FormView` and the page's error summary.
    var state: FormState {
        FormState(form: Self.form, values: values.mapValues { [$0] }, errors: errors)
    }

    private static func day(_ text: String, field: String, label: String, errors: inout [FieldError]) -> Day? {
        guard !text.isEmpty else { return nil }
        guard let day = try? Day.parse(text) else {
            errors.append(FieldError(field: field, message: "\(label) must be a real date, like 2024-03-31"))
            return nil
        }
        return day
    }

    private static func region(_ text: String, errors: inout [FieldError]) -> Region? {
        guard !text.isEmpty else { return nil }
        guard let region = Region(parsing: text) else {
            errors.append(FieldError(field: "region", message: "Choose a region from the list, or all regions"))
            return nil
        }
        return region
    }

    private static func officer(_ text: String, among officers: [String], errors: inout [FieldError]) -> String? {
        guard !text.isEmpty else { return nil }
        guard officers.contains(where: { $0.lowercased() == text.lowercased() }) else {
            errors.append(FieldError(field: "officer", message: "There is no officer called ‘\(text)’: choose one from the list, or all officers"))
            return nil
        }
        return text
    }
}
