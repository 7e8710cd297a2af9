extension StringProtocol where SubSequence == Substring {
    /// The text without the characters of `set` at either end: `"(2019/20),".trimmingCharacters(in: ",.()")` → "2019/20".
    ///
    /// Word readers trim every word they look at, so an end that is one ASCII character is decided by its byte;
    /// anything else (a non-ASCII mark, an accent after a full stop, "\r\n") by `Character` comparison.
    func trimmingCharacters(in set: String) -> Substring {
        var mask: (UInt64, UInt64) = (0, 0)
        for b in set.utf8 where b < 0x80 {
            if b < 64 { mask.0 |= 1 << UInt64(b) } else { mask.1 |= 1 << UInt64(b - 64) }
        }
        func inSet(_ b: UInt8) -> Bool { b < 64 ? mask.0 & (1 << UInt64(b)) != 0 : mask.1 & (1 << UInt64(b - 64)) != 0 }

        var s = self[...]
        while let b = s.utf8.first {
            // One ASCII byte followed by another (or nothing) is a whole Character; CR may start "\r\n".
            if b < 0x80, b != 0x0D, s.utf8.dropFirst().first.map({ $0 < 0x80 }) ?? true {
                guard inSet(b) else { break }
                s = Substring(s.utf8.dropFirst())
            } else {
                guard let f = s.first, set.contains(f) else { break }
                s = s.dropFirst()
            }
        }
        while let b = s.utf8.last {
            if b < 0x80, b != 0x0A, s.utf8.dropLast().last.map({ $0 < 0x80 }) ?? true {
                guard inSet(b) else { break }
                s = Substring(s.utf8.dropLast())
            } else {
                guard let l = s.last, set.contains(l) else { break }
                s = s.dropLast()
            }
        }
        return s
    }
}
