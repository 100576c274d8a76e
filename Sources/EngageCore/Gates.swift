/// What has been recorded for an authority that the stage gates look at.
public struct StageEvidence: Equatable, Sendable, Codable {
    /// Agencies or forums identified in the authority.
    public var agenciesIdentified: Int
    /// Locality briefings written for it.
    public var localityBriefings: Int
    /// Presentations or workshops that reached one of its multi-agency forums.
    public var forumDeliveries: Int
    /// Presentations or workshops that reached one of its key (non-forum) agencies.
    public var keyAgencyDeliveries: Int
    /// Strategic responses recorded.
    public var strategicResponses: Int

    /// Creates evidence counts; all zero by default.
    public init(agenciesIdentified: Int = 0, localityBriefings: Int = 0, forumDeliveries: Int = 0,
                keyAgencyDeliveries: Int = 0, strategicResponses: Int = 0) {
        self.agenciesIdentified = agenciesIdentified
        self.localityBriefings = localityBriefings
        self.forumDeliveries = forumDeliveries
        self.keyAgencyDeliveries = keyAgencyDeliveries
        self.strategicResponses = strategicResponses
    }
}

/// One piece of evidence a stage needs before an authority may leave it.
public struct GateRequirement: Sendable {
    /// What is needed, e.g. "a locality briefing written for it".
    public let need: String
    /// How to record it, with NAME standing for the authority.
    public let howTo: String
    /// Whether the evidence holds it.
    public let isMet: @Sendable (StageEvidence) -> Bool
}

/// The gates between stages, as data: change a rule here and every face follows.
public enum Gates {
    /// What leaving `stage` needs (leaving stage 4 completes the authority).
    public static func requirements(leaving stage: Stage) -> [GateRequirement] {
        switch stage {
        case .researchAndMapping: [
            GateRequirement(need: "a forum or agency identified", howTo: "engage agency add NAME --type TYPE --name AGENCY",
                            isMet: { $0.agenciesIdentified > 0 }),
            GateRequirement(need: "a locality briefing written for it",
                            howTo: "engage briefing add TITLE --kind locality --authority NAME",
                            isMet: { $0.localityBriefings > 0 }),
        ]
        case .multiAgencyForums: [
            GateRequirement(need: "a presentation or workshop to a multi-agency forum (LSCB, CYP Board/Trust, or an agency added with --forum)",
                            howTo: "engage activity add NAME --kind presentation --agency FORUM --date DATE",
                            isMet: { $0.forumDeliveries > 0 }),
        ]
        case .keyAgencies: [
            GateRequirement(need: "a presentation or workshop to a key agency (schools, police, health, prison, …)",
                            howTo: "engage activity add NAME --kind workshop --agency AGENCY --date DATE",
                            isMet: { $0.keyAgencyDeliveries > 0 }),
        ]
        case .strategicResponse: [
            GateRequirement(need: "a strategic response recorded", howTo: "engage authority response NAME --model MODEL",
                            isMet: { $0.strategicResponses > 0 }),
        ]
        }
    }

    /// The requirements `evidence` does not meet for leaving `stage`; empty when the gate is open.
    public static func missing(leaving stage: Stage, evidence: StageEvidence) -> [GateRequirement] {
        requirements(leaving: stage).filter { !$0.isMet(evidence) }
    }

    /// Refuses to leave `stage` when evidence is missing, listing all of it.
    /// - Parameters:
    ///   - authority: The authority's name, for the message.
    ///   - stage: The stage it would leave.
    ///   - evidence: What has been recorded.
    /// - Throws: `EngageError.refused` naming every missing piece and how to record the first.
    public static func check(_ authority: String, leaving stage: Stage, evidence: StageEvidence) throws(EngageError) {
        let missing = missing(leaving: stage, evidence: evidence)
        guard let first = missing.first else { return }
        let next = stage == .strategicResponse ? "be completed" : "move to stage \(stage.rawValue + 1)"
        throw EngageError(
            .refused,
            "\(authority) cannot \(next) yet: stage \(stage.rawValue) (\(stage.title)) needs " + missing.map(\.need).joined(separator: " and "),
            hint: "record it (e.g. '\(first.howTo.replacing(" NAME", with: " \(quotedIfNeeded(authority))"))'), or pass --override \"reason\"",
            code: "gate_not_met",
            details: ["authority": .text(authority), "stage": .number(stage.rawValue), "missing": .list(missing.map(\.need))])
    }

    private static func quotedIfNeeded(_ name: String) -> String { name.contains(" ") ? "\"\(name)\"" : name }
}
