#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The process's peak resident memory so far, as the kernel accounts it.
enum PeakMemory {
    static var megabytes: Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        #if os(Linux)
        return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        #else
        return Double(usage.ru_maxrss) / 1024 / 1024  // bytes on macOS
        #endif
    }
}
