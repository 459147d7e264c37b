#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CLZ4

/// liblz4's dictionary entry points, resolved at run time from the loaded liblz4.
///
/// `lz4frame.h` declares `LZ4F_createCDict`, `LZ4F_freeCDict`,
/// `LZ4F_compressFrame_usingCDict` and `LZ4F_decompress_usingDict` only when
/// `LZ4F_STATIC_LINKING_ONLY` is defined before the include, and `Sources/CLZ4/shim.h`
/// does not define it, so Swift cannot see them. Debian's liblz4.so.1 (1.9.4) exports them
/// anyway, so they are looked up with `dlsym` in the liblz4 this module already links.
/// If the shim ever defines the macro, these can become direct calls. The C prototypes
/// are copied from lz4frame.h 1.9.4 (`size_t` → `Int`, opaque structs → `OpaquePointer`).
struct LZ4StaticAPI: @unchecked Sendable {
    // @unchecked: the members are immutable C function pointers, safe to share.
    typealias CreateCDict = @convention(c) (UnsafeRawPointer?, Int) -> OpaquePointer?
    typealias FreeCDict = @convention(c) (OpaquePointer?) -> Void
    typealias CompressFrameUsingCDict = @convention(c) (
        OpaquePointer?, UnsafeMutableRawPointer?, Int, UnsafeRawPointer?, Int,
        OpaquePointer?, UnsafePointer<LZ4F_preferences_t>?
    ) -> Int
    typealias DecompressUsingDict = @convention(c) (
        OpaquePointer?, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?,
        UnsafeRawPointer?, UnsafeMutablePointer<Int>?, UnsafeRawPointer?, Int,
        UnsafePointer<LZ4F_decompressOptions_t>?
    ) -> Int

    let createCDict: CreateCDict
    let freeCDict: FreeCDict
    let compressFrameUsingCDict: CompressFrameUsingCDict
    let decompressUsingDict: DecompressUsingDict

    /// The resolved entry points, or `nil` if this liblz4 build does not export them.
    static let shared: LZ4StaticAPI? = load()

    /// The resolved entry points; throws if this liblz4 build does not export them.
    static func require(_ operation: String) throws(LZ4Error) -> LZ4StaticAPI {
        guard let api = shared else {
            throw LZ4Error(
                code: LZ4Error.generic,
                context: "\(operation): liblz4 does not export the dictionary API (LZ4F_createCDict)")
        }
        return api
    }

    private static func load() -> LZ4StaticAPI? {
        guard let handle = libraryHandle() else { return nil }
        guard let create = dlsym(handle, "LZ4F_createCDict"),
              let free = dlsym(handle, "LZ4F_freeCDict"),
              let compress = dlsym(handle, "LZ4F_compressFrame_usingCDict"),
              let decompress = dlsym(handle, "LZ4F_decompress_usingDict")
        else { return nil }
        return LZ4StaticAPI(
            createCDict: unsafeBitCast(create, to: CreateCDict.self),
            freeCDict: unsafeBitCast(free, to: FreeCDict.self),
            compressFrameUsingCDict: unsafeBitCast(compress, to: CompressFrameUsingCDict.self),
            decompressUsingDict: unsafeBitCast(decompress, to: DecompressUsingDict.self))
    }

    /// A `dlopen` handle for the already-loaded liblz4 (by its soname, without loading a
    /// second copy), falling back to the process's global symbol scope.
    private static func libraryHandle() -> UnsafeMutableRawPointer? {
        for name in ["liblz4.so.1", "liblz4.so", "liblz4.1.dylib", "liblz4.dylib"] {
            if let handle = dlopen(name, RTLD_LAZY | RTLD_NOLOAD) {
                return handle  // already loaded: this only bumps its reference count
            }
        }
        return dlopen(nil, RTLD_LAZY)
    }
}
