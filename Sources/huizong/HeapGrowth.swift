#if canImport(Glibc)
import Glibc
#endif

/// How the C allocator grows its heaps in a run that keeps hundreds of megabytes.
///
/// glibc grows the heap of a thread's arena (threads other than the main one allocate
/// from arenas of their own) one `mprotect` call per page it runs out of, and trims the
/// main heap's end (`brk`) as soon as 128 KB at its top are free, to grow it again at the
/// next allocation: a 10,000-unit roll-up made 24,300 `mprotect` and 520 `brk` calls.
/// With 64 MB of top padding (`M_TOP_PAD`) a thread's heap is made readable and writable
/// whole when it is made and the main heap grows and trims 64 MB at a time (37 `mprotect`,
/// 13 `brk`). Pages are still taken only when first written, so the memory used is the
/// same. (Setting the padding also fixes the threshold above which a block is mapped on its
/// own at its default of 128 KB instead of letting it rise after the first such block is
/// freed.)
enum HeapGrowth {
    /// The top padding asked for: the size of a thread arena's heap on 64-bit glibc.
    static let topPadding: Int32 = 64 << 20

    /// Asks the allocator to grow its heaps `topPadding` bytes ahead. Call before the
    /// threads that load the units first allocate (a thread arena's heap is sized when it
    /// is made). Does nothing where the C library is not glibc.
    static func growAhead() {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module does not include:
        // it is looked up by name; `M_TOP_PAD` is -2 there.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallOpt.self)(-2, topPadding)
        #endif
    }
}
