import ArgParse
import EngageCore

/// `engage import authorities FILE.csv`.
struct ImportAuthoritiesCommand: ImportCommand {
    static let kind = ImportKind.authorities
    static let examples = [
        Example("engage import authorities seeds/import-examples/authorities.csv", "Add the authorities listed; those already recorded are left as they are."),
    ]
    let file: String, badFile: String?, common: CommonArguments
}

/// `engage import agencies FILE.csv`.
struct ImportAgenciesCommand: ImportCommand {
    static let kind = ImportKind.agencies
    static let examples = [
        Example("engage import agencies seeds/import-examples/agencies.csv", "Add agencies of authorities already recorded."),
    ]
    let file: String, badFile: String?, common: CommonArguments
}

/// `engage import activities FILE.csv`.
struct ImportActivitiesCommand: ImportCommand {
    static let kind = ImportKind.activities
    static let examples = [
        Example("engage import activities seeds/import-examples/activities.csv", "Add activities; every row must be good."),
        Example("engage import activities year.csv --skip-bad year-bad.csv", "Add the good rows; write the bad ones, with why, to year-bad.csv."),
    ]
    let file: String, badFile: String?, common: CommonArguments
}

/// `engage import followups FILE.csv`.
struct ImportFollowUpsCommand: ImportCommand {
    static let kind = ImportKind.followups
    static let examples = [
        Example("engage import followups seeds/import-examples/followups.csv", "Add follow-up requests, open or done."),
    ]
    let file: String, badFile: String?, common: CommonArguments
}
