import EngageStore

/// Every route of the API, by concern; the OpenAPI document adds itself (`OpenAPIRoute`).
enum APIRoutes {
    /// The routes, in the order the document lists them.
    /// - Parameter migrations: The migrations this engage knows, which `/health` compares with the database's.
    static func all(migrations: [Migration]) -> [APIRoute] {
        [ServiceRoutes.health(migrations: migrations)]
            + AuthorityRoutes.all
            + RecordingRoutes.all
            + FollowUpRoutes.all
            + OutcomeRoutes.all
            + TeamRoutes.all
            + ReportRoutes.all
            + TransferRoutes.all
    }
}
