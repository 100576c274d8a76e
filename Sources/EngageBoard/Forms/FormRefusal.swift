/// A refusal a form's action throws when it says more than one sentence: the sentence (against
/// a field, or the form as a whole), and details the form's page shows below the form, such as
/// the table of an import's bad rows. `FormRunner` answers it with the page again (422),
/// nothing changed.
struct FormRefusal: Error {
    /// The form's field it is about; nil for the form as a whole.
    let field: String?
    /// One sentence saying what is wrong and what to do.
    let message: String
    /// What the page shows besides.
    let details: HTML
}
