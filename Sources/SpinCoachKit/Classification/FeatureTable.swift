/// A hash map from packed 64-bit feature keys to model rows, with open
/// addressing and a multiplicative hash: the learned model looks up every
/// feature of every utterance, and the standard dictionary's seeded hashing
/// was the largest cost left on that path.
struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    /// Key 0 marks an empty slot; features never pack to 0.
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: UInt64) -> Int32? {
        var index = slot(key)
        let mask = keys.count - 1
        while true {
            let stored = keys[index]
            if stored == key { return rows[index] }
            if stored == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    mutating func insert(_ key: UInt64, row: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var index = slot(key)
        let mask = keys.count - 1
        while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
        if keys[index] == 0 { count += 1 }
        keys[index] = key
        rows[index] = row
    }

    private mutating func grow() {
        let old = zip(keys, rows).filter { $0.0 != 0 }
        self = FeatureTable(capacity: keys.count)
        for (key, row) in old { insert(key, row: row) }
    }
}
