import Dispatch
import Synchronization

/// A fixed number of threads taking jobs from one queue, first in, first out.
///
/// The pool does not hold the work closure (the threads do), so a closure that captures the
/// pool's owner makes no reference cycle; threads end after `shutdown()` once the jobs queued
/// before it are done.
final class WorkerPool<Job: Sendable>: Sendable {
    private let queue = Mutex<(jobs: [Job?], head: Int)>(([], 0))
    private let available = DispatchSemaphore(value: 0)
    private let threadCount: Int

    /// Starts `threads` threads, each running `perform` on one job at a time.
    init(threads: Int, perform: @escaping @Sendable (Job) -> Void) throws(HTTPServerError) {
        threadCount = max(1, threads)
        for _ in 0..<threadCount {
            _ = try OSThread.start(detached: true) { [self] in
                while let job = take() { perform(job) }
            }
        }
    }

    /// Queues a job for the next free thread.
    func submit(_ job: Job) {
        push(job)
    }

    /// Tells every thread to end once the jobs already queued are taken.
    func shutdown() {
        for _ in 0..<threadCount { push(nil) }
    }

    private func push(_ job: Job?) {
        queue.withLock { $0.jobs.append(job) }
        available.signal()
    }

    /// The next job, waiting for one; nil tells the thread to end.
    private func take() -> Job? {
        available.wait()
        return queue.withLock { queue in
            let job = queue.jobs[queue.head]
            queue.head += 1
            if queue.head > 64 && queue.head * 2 > queue.jobs.count {
                queue.jobs.removeFirst(queue.head)
                queue.head = 0
            }
            return job
        }
    }
}
