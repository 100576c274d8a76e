/// The board's form controls, in the GOV.UK Design System's way: a visible label on every
/// control, an optional hint, the error beside the field (and the field marked invalid and tied
/// to it), the person's input kept when a form comes back, one clear button per form.
///
/// A form is named (`BoardForm.name`, e.g. `followup-add`); its controls' ids are
/// `NAME-FIELD`, which the error summary links to.
struct FormView {
    /// The form's name.
    let name: String
    /// The form being shown again, if any (only used when it is this one).
    let state: FormState?

    /// The form element: posts to `action` with the visit's CSRF token, `content`, then the button.
    /// - Parameter multipart: Whether it sends `multipart/form-data` (a form with a file input).
    func form(action: String, csrf: String, button: String, classes: String = "", multipart: Bool = false, _ content: HTML) -> HTML {
        let problems = state?.formErrors(of: name) ?? []
        let problem: HTML = problems.isEmpty ? "" : "<div class=\"error-message form-error\">\(problems.map { "<p>\($0)</p>" as HTML })</div>"
        let encoding: HTML = multipart ? " enctype=\"multipart/form-data\"" : ""
        return """
            <form class="board-form \(classes)" id="\(name)" method="post" action="\(action)"\(encoding) novalidate>\(problem)\
            <input type="hidden" name="csrf" value="\(csrf)">\(content)\
            <button type="submit" class="button">\(button)</button></form>
            """
    }

    /// A form folded under `summary` until opened, and shown open when it came back with errors.
    func panel(_ summary: String, _ form: HTML) -> HTML {
        "<details class=\"form-panel\"\(state?.form == name ? " open" : "")><summary>\(summary)</summary>\(form)</details>"
    }

    /// A one-line text input (`type` text, password, number, email…).
    func input(_ field: String, label: String, hint: String? = nil, type: String = "text", value: String = "",
               autocomplete: String? = nil, width: String = "") -> HTML {
        let shown = type == "password" ? "" : (state?.value(field, of: name) ?? value)
        let extra: HTML = autocomplete.map { " autocomplete=\"\($0)\"" } ?? ""
        return group(field, label: label, hint: hint) { described in
            "<input class=\"input \(width)\(error(field) == nil ? "" : " input-error")\" id=\"\(id(field))\" name=\"\(field)\" type=\"\(type)\" value=\"\(shown)\"\(extra)\(described)>"
        }
    }

    /// A date input (the browser's date picker; `YYYY-MM-DD` either way).
    func date(_ field: String, label: String, hint: String? = nil, value: String = "") -> HTML {
        input(field, label: label, hint: hint, type: "date", value: value, width: "width-date")
    }

    /// A file input (a browser cannot keep the chosen file when the form comes back); `accept`
    /// suggests the file types to choose from.
    func file(_ field: String, label: String, hint: String? = nil, accept: String) -> HTML {
        group(field, label: label, hint: hint) { described in
            "<input class=\"file-upload\(error(field) == nil ? "" : " input-error")\" id=\"\(id(field))\" name=\"\(field)\" type=\"file\" accept=\"\(accept)\"\(described)>"
        }
    }

    /// A multi-line text area.
    func textarea(_ field: String, label: String, hint: String? = nil, rows: Int = 3) -> HTML {
        group(field, label: label, hint: hint) { described in
            "<textarea class=\"textarea\(error(field) == nil ? "" : " input-error")\" id=\"\(id(field))\" name=\"\(field)\" rows=\"\(rows)\"\(described)>\(state?.value(field, of: name) ?? "")</textarea>"
        }
    }

    /// A select of `options` (value, label); the first is chosen unless the form says otherwise.
    func select(_ field: String, label: String, hint: String? = nil, options: [(String, String)], selected: String? = nil) -> HTML {
        let chosen = state?.value(field, of: name) ?? selected
        let items = options.map { value, text -> HTML in
            "<option value=\"\(value)\"\(value == chosen ? " selected" : "")>\(text)</option>"
        }
        return group(field, label: label, hint: hint) { described in
            "<select class=\"select\(error(field) == nil ? "" : " input-error")\" id=\"\(id(field))\" name=\"\(field)\"\(described)>\(items)</select>"
        }
    }

    /// Checkboxes for `options` (value, label) under one legend.
    func checkboxes(_ field: String, legend: String, hint: String? = nil, options: [(String, String)]) -> HTML {
        let ticked = Set(state?.values(field, of: name) ?? [])
        let boxes = options.enumerated().map { index, option -> HTML in
            let boxID = "\(id(field))-\(index + 1)"
            return """
                <div class="checkbox"><input id="\(boxID)" name="\(field)" type="checkbox" value="\(option.0)"\
                \(ticked.contains(option.0) ? " checked" : "")><label for="\(boxID)">\(option.1)</label></div>
                """
        }
        let hintHTML: HTML = hint.map { "<p class=\"hint\" id=\"\(id(field))-hint\">\($0)</p>" } ?? ""
        let errorHTML: HTML = error(field).map { "<p class=\"error-message\" id=\"\(id(field))-error\"><span class=\"visually-hidden\">Error:</span> \($0)</p>" } ?? ""
        return """
            <fieldset class="form-group\(error(field) == nil ? "" : " form-group-error")" id="\(id(field))"><legend>\(legend)</legend>\
            \(hintHTML)\(errorHTML)\(boxes)</fieldset>
            """
    }

    /// The id of a field's control.
    func id(_ field: String) -> String { "\(name)-\(field)" }

    private func error(_ field: String) -> String? { state?.error(field, of: name) }

    /// Label, hint, error and control, the control told which of them describe it.
    private func group(_ field: String, label: String, hint: String?, control: (HTML) -> HTML) -> HTML {
        let hintHTML: HTML = hint.map { "<p class=\"hint\" id=\"\(id(field))-hint\">\($0)</p>" } ?? ""
        let errorHTML: HTML = error(field).map { "<p class=\"error-message\" id=\"\(id(field))-error\"><span class=\"visually-hidden\">Error:</span> \($0)</p>" } ?? ""
        let describedBy = [hint == nil ? nil : "\(id(field))-hint", error(field) == nil ? nil : "\(id(field))-error"].compactMap { $0 }
        let described: HTML = describedBy.isEmpty ? "" : " aria-describedby=\"\(describedBy.joined(separator: " "))\""
        return """
            <div class="form-group\(error(field) == nil ? "" : " form-group-error")"><label class="label" for="\(id(field))">\(label)</label>\
            \(hintHTML)\(errorHTML)\(control(described))</div>
            """
    }

    /// The error summary at the top of a page whose form came back: "There is a problem", each
    /// error linked to its field (or to the form, for a rule's refusal).
    static func summary(_ state: FormState) -> HTML {
        let items = state.errors.map { error -> HTML in
            let target = error.field.map { "\(state.form)-\($0)" } ?? state.form
            return "<li><a href=\"#\(target)\">\(error.message)</a></li>"
        }
        return """
            <div class="error-summary" id="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">\
            <h2 class="error-summary-title" id="error-summary-title">There is a problem</h2><ul>\(items)</ul></div>
            """
    }
}
