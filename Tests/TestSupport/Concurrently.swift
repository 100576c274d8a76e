import Foundation
import Synchronization

/// Runs `body` on `count` threads of their own (not Swift's cooperative pool, since the bodies
/// block on the database), released together to maximise contention, and returns each result
/// in index order.
/// - Parameters:
///   - count: How many threads.
///   - body: The work; it receives its index.
public func runConcurrently<Value: Sendable>(
    _ count: Int, _ body: @escaping @Sendable (Int) throws -> Value
) -> [Result<Value, any Error>] {
    let results = Mutex<[Int: Result<Value, any Error>]>([:])
    let ready = DispatchGroup()
    let done = DispatchGroup()
    let start = DispatchSemaphore(value: 0)
    for index in 0..<count {
        ready.enter()
        done.enter()
        let thread = Thread {
            ready.leave()
            start.wait()
            let result = Result { try body(index) }
            results.withLock { $0[index] = result }
            done.leave()
        }
        thread.start()
    }
    ready.wait()
    for _ in 0..<count { start.signal() }
    done.wait()
    return results.withLock { all in (0..<count).compactMap { all[$0] } }
}
