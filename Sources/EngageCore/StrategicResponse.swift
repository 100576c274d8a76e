/// The model of strategic response an authority chose in stage 4 (e.g. Schools Champions).
public struct StrategicResponse: Equatable, Sendable, Codable {
    public let id: Int64
    public let authority: String
    public let model: String
    public let note: String?
    public let recordedOn: Day

    /// Creates the value.
    public init(id: Int64, authority: String, model: String, note: String?, recordedOn: Day) {
        self.id = id
        self.authority = authority
        self.model = model
        self.note = note
        self.recordedOn = recordedOn
    }
}
