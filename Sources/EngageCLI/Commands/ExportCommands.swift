import EngageCore

/// `engage export authorities`.
struct ExportAuthoritiesCommand: ExportCommand {
    static let kind = ImportKind.authorities
    let format: ExportFormat, common: CommonArguments
}

/// `engage export agencies`.
struct ExportAgenciesCommand: ExportCommand {
    static let kind = ImportKind.agencies
    let format: ExportFormat, common: CommonArguments
}

/// `engage export activities`.
struct ExportActivitiesCommand: ExportCommand {
    static let kind = ImportKind.activities
    let format: ExportFormat, common: CommonArguments
}

/// `engage export followups`.
struct ExportFollowUpsCommand: ExportCommand {
    static let kind = ImportKind.followups
    let format: ExportFormat, common: CommonArguments
}
