/// Routes still to come.
enum TransferRoutes {
    static let all: [APIRoute] = []
}
