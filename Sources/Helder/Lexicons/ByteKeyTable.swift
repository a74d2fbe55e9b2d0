/// A read-mostly hash table keyed by UTF-8 bytes, so the hot path looks words up without building `String`s.
///
/// Open addressing with linear probing; keys live in one byte arena.
struct ByteKeyTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var hash: UInt64
        var value: Value
    }

    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    private var slots: [Int32]
    private var mask: Int

    /// The number of keys in the table.
    var count: Int { entries.count }

    init(minimumCapacity: Int = 16) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// FNV-1a over the key's bytes.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Adds `key` with `value`; returns false (and keeps the old value) when the key is present.
    @discardableResult
    mutating func insert(_ key: String, value: Value) -> Bool {
        var key = key
        return key.withUTF8 { insert($0, value: value) }
    }

    /// Adds `key` with `value`; returns false (and keeps the old value) when the key is present.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Value) -> Bool {
        let hash = Self.hash(key)
        if find(key, hash: hash) != nil { return false }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let entry = Entry(start: Int32(arena.count), length: Int32(key.count), hash: hash, value: value)
        arena.append(contentsOf: key)
        entries.append(entry)
        place(index: Int32(entries.count - 1), hash: hash)
        return true
    }

    /// Stores `value` for `key`, replacing any earlier value.
    mutating func setValue(_ value: Value, for key: String) {
        var key = key
        key.withUTF8 { key in
            if let index = find(key) {
                entries[index].value = value
            } else {
                insert(key, value: value)
            }
        }
    }

    /// The value stored for `key`, if any.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        find(key).map { entries[$0].value }
    }

    /// The value stored for `key`, if any.
    func value(for key: String) -> Value? {
        var key = key
        return key.withUTF8 { value(for: $0) }
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Int? {
        let hash = hash ?? Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let index = slots[slot]
                if index < 0 { return nil }
                let entry = entries[Int(index)]
                if entry.hash == hash, Int(entry.length) == key.count {
                    let start = Int(entry.start)
                    var equal = true
                    for offset in 0..<key.count where arena[start + offset] != key[offset] {
                        equal = false
                        break
                    }
                    if equal { return Int(index) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func place(index: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            place(index: Int32(index), hash: entry.hash)
        }
    }
}
