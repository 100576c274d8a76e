/// A form shown again after it was refused: which form, what was typed, and what is wrong.
struct FormState: Sendable {
    /// The form's name (`BoardForm.name`), so the page knows which of its forms this is.
    let form: String
    /// What was typed, by field.
    let values: [String: [String]]
    /// What is wrong, in the order found.
    let errors: [FieldError]
    /// More about a refusal than its sentence, for the form's page to show (e.g. an import's
    /// bad rows); nil for most.
    var details: HTML? = nil

    /// The details when the form is this one.
    func details(of form: String) -> HTML? { form == self.form ? details : nil }

    /// What was typed in `field`, or nil when the form is not this one.
    func value(_ field: String, of form: String) -> String? {
        guard form == self.form else { return nil }
        return values[field]?.first
    }

    /// Every value typed in `field` (checkboxes) when the form is this one.
    func values(_ field: String, of form: String) -> [String]? {
        guard form == self.form else { return nil }
        return values[field]
    }

    /// The error of `field`, when the form is this one.
    func error(_ field: String, of form: String) -> String? {
        guard form == self.form else { return nil }
        return errors.first { $0.field == field }?.message
    }

    /// The errors of the form as a whole (a rule's refusal), when the form is this one.
    func formErrors(of form: String) -> [String] {
        guard form == self.form else { return [] }
        return errors.filter { $0.field == nil }.map(\.message)
    }
}
