extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isAtOrPast` holds, which must be false then true along the
    /// collection, by binary search: `endIndex` when none holds. Tokens, periods, blocks and a block's line
    /// starts are all in text order, and readers ask where an offset or line falls many times per block.
    func partitionPoint(where isAtOrPast: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let mid = low + (high - low) / 2
            if isAtOrPast(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
