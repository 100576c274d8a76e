/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny pseudo-random generator whose whole state is
/// one number, so that a seed reproduces a run exactly.
///
/// Its helpers draw from its own output only (not the standard library's `random(in:using:)`,
/// whose use of the generator may change between Swift versions), so a seed means the same
/// records on every toolchain.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator started from `seed`.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range` (the tiny bias of a remainder does not matter here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element { elements[int(0...(elements.count - 1))] }

    /// An element of `elements`, or nil with probability `nilPercent` / 100.
    mutating func maybe<Element>(_ elements: [Element], nilPercent: Int) -> Element? {
        chance(nilPercent) ? nil : pick(elements)
    }
}
