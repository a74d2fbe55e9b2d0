import Testing

@testable import Helder

@Suite("Byte search")
struct ByteSearchTests {
    /// Every position of `needle` in `haystack`, found by repeated `firstIndex` calls.
    func positions(_ needle: String, in haystack: String) -> [Int] {
        let hay = Array(haystack.utf8)
        let pin = Array(needle.utf8)
        return hay.withUnsafeBufferPointer { hay in
            pin.withUnsafeBufferPointer { pin in
                var found: [Int] = []
                var from = 0
                while let index = ByteSearch.firstIndex(of: pin, in: hay, from: from) {
                    found.append(index)
                    from = index + 1
                }
                return found
            }
        }
    }

    @Test("Finds every occurrence, overlapping ones and multi-byte letters included")
    func occurrences() {
        #expect(positions("aa", in: "aaaa") == [0, 1, 2])
        #expect(positions("één", in: "Eén, één en één.") == [6, 15])
        #expect(positions("wet", in: "Participatiewet") == [12])
        #expect(positions("Wet", in: "Participatiewet").isEmpty)
    }

    @Test("Empty needles, needles longer than the text and starts past the end find nothing")
    func edges() {
        #expect(positions("", in: "tekst").isEmpty)
        #expect(positions("langer dan dit", in: "kort").isEmpty)
        #expect(positions("x", in: "").isEmpty)
        #expect(ByteSearch.contains(Array("uitkering".utf8), []))
        #expect(!ByteSearch.contains([], Array("a".utf8)))
        let hay = Array("abc".utf8)
        let pin = Array("c".utf8)
        let late = hay.withUnsafeBufferPointer { hay in
            pin.withUnsafeBufferPointer { ByteSearch.firstIndex(of: $0, in: hay, from: 3) }
        }
        #expect(late == nil)
    }
}
