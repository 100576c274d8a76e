import EngageCore

/// The domain's refusals as the board says them: the message with a capital letter, and the
/// hint when it speaks to a person in a browser. Hints written for the command line (naming an
/// option or a command) are left out: the form's labels say the same.
enum BoardMessage {
    static func sentence(_ error: EngageError) -> String {
        let hint = error.hint.flatMap { speaksToTheCommandLine($0) ? nil : $0 }
        return capitalised(error.message) + (hint.map { "; \($0)" } ?? "")
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    private static func speaksToTheCommandLine(_ hint: String) -> Bool {
        hint.contains("--") || hint.contains("'engage ") || hint.contains("engage ")
    }
}
