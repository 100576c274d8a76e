import ArgParse

/// The ID argument of `engage plan done|drop`: a whole number, or `A` and one as
/// 'engage followup list' shows actions (`A7`).
enum PlanActionID {
    /// The action's id in `arguments`.
    /// - Throws: `UsageError` (exit 64) for anything but a positive whole number.
    static func parse(_ arguments: ParsedArguments, verb: String) throws -> Int64 {
        let raw = try arguments.required("ID")
        let digits = raw.first == "A" || raw.first == "a" ? String(raw.dropFirst()) : raw
        guard let id = Int64(digits), id > 0 else {
            throw UsageError("argument ID needs an action's id (a whole number), got '\(raw)'", commandPath: ["engage", "plan", verb])
        }
        return id
    }
}
