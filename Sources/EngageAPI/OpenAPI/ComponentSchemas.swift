/// The shared schemas under `#/components/schemas`, by name.
enum ComponentSchemas {
    static let all: [String: Schema] = [
        "Error": .object([
            Property("error", .object([
                Property("code", .string(), required: true, "A stable, machine-readable code, e.g. capacity_exceeded."),
                Property("message", .string(), required: true, "One line for people: what, which record, what to do."),
                Property("details", .anyObject, "Facts for programs, e.g. the cap and the authorities filling it."),
            ]), required: true, "What went wrong."),
        ]),
        "Health": .anyObject,
        "Authority": .anyObject,
        "AuthorityOverview": .anyObject,
        "StageChange": .anyObject,
        "Transition": .anyObject,
    ]
}
