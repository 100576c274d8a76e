/// What officers record about the authorities: agencies, activities, briefings and contacts.
///
/// Each concern's routes live in a file of their own (`AgencyRoutes.swift`, `ActivityRoutes.swift`,
/// `BriefingRoutes.swift`, `ContactRoutes.swift`); this gathers them in the order the document lists them.
enum RecordingRoutes {
    /// Every recording route.
    static let all: [APIRoute] = agencies + activities + briefings + contacts
}
