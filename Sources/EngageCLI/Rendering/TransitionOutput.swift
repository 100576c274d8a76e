import EngageCore
import EngageRendering

/// How a lifecycle change is shown: a summary line, what happened instead, and who is next.
enum TransitionOutput {
    /// Prints `transition` for people, or as JSON.
    static func print(_ transition: Transition, json: Bool, in context: Context) throws {
        if json {
            context.print(try JSONOutput.render(transition))
            return
        }
        if let because = transition.waitlistedBecause {
            context.print("\(because)\nput \(transition.after.name) on the waitlist instead")
            return
        }
        context.print(transition.summary)
        if let next = transition.nextOnWaitlist {
            context.print("a place is free; next on the waitlist: \(next.authority) (\(next.region.name), waiting since \(DateText.day(next.since)))")
        }
    }
}
