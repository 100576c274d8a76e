import EngageCLI
import FoundationEssentials
import Glibc

// The executable only wires the process to the CLI library, which tests call directly.
// A reader that closes the pipe early (`engage … | head`) must not kill engage with SIGPIPE.
signal(SIGPIPE, SIG_IGN)
let status = EngageCLI.run(
    Array(CommandLine.arguments.dropFirst()),
    environment: ProcessInfo.processInfo.environment,
    output: Console.out,
    errorOutput: Console.error)
exit(status)
