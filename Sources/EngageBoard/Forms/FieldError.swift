/// What is wrong with one field of a form, or with the form as a whole (a rule's refusal).
struct FieldError: Sendable, Equatable {
    /// The field's name in the form; nil for the form as a whole.
    let field: String?
    /// One sentence saying what is wrong and what to do.
    let message: String
}
