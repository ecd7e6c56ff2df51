import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file mapped read-only into memory, so that a large case list is read in place from the
/// page cache instead of being copied onto the heap, and the pages already read can be given
/// back while the rest is still being read.
///
/// The mapping is `MAP_SHARED` and `PROT_READ` (POSIX `mmap`): nothing is ever written
/// through it, and after `discard(_:)` a page that is touched again is filled from the file
/// (Linux `madvise(2)`, `MADV_DONTNEED`: shared file mappings are repopulated "from the
/// up-to-date contents of the underlying mapped file"). An empty file is an empty `Data`.
final class MappedFile: Sendable {
  /// The file's bytes; the mapping lives as long as this value or any copy of it.
  let data: Data
  /// Where the mapping starts (as an integer, so the class stays `Sendable`); 0 when nothing
  /// is mapped.
  private let base: UInt
  private let count: Int
  /// The system's page size, the unit `madvise(2)` works in.
  private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

  /// Maps the file at `path`; `nil` when it cannot be opened or mapped, or is not a regular
  /// file.
  init?(path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      return nil
    }
    let size = Int(status.st_size)
    guard size > 0 else {
      (data, base, count) = (Data(), 0, 0)
      return
    }
    guard let pointer = mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0),
      pointer != MAP_FAILED
    else { return nil }
    data = Data(
      bytesNoCopy: pointer, count: size,
      deallocator: .custom { pointer, size in munmap(pointer, size) })
    base = UInt(bitPattern: pointer)
    count = size
  }

  /// Bytes read some other way (a pipe cannot be mapped); `discard(_:)` then does nothing.
  init(data: Data) {
    (self.data, base, count) = (data, 0, data.count)
  }

  /// Gives back the whole pages inside `range` (byte offsets in the file).
  ///
  /// The import has read them, so they need not count against the process's memory. Reading
  /// them again is still correct, only slower.
  func discard(_ range: Range<Int>) {
    guard base != 0 else { return }
    let page = MappedFile.pageSize
    let lower = (max(0, range.lowerBound) + page - 1) / page * page
    let upper = min(count, range.upperBound) / page * page
    guard lower < upper, let start = UnsafeMutableRawPointer(bitPattern: base + UInt(lower))
    else { return }
    _ = madvise(start, upper - lower, Int32(MADV_DONTNEED))
  }
}
