import CFileSystem

/// How the C allocator is set for a long run of documents (`batch`, `watch`).
///
/// glibc serves a block of 128 KB or more with its own `mmap` and returns it to the system when
/// freed, but after the first such block is freed it raises that threshold to the block's size
/// (up to 32 MB), so from then on a large referral's buffers (the file, libxml2's input) come
/// from the worker threads' heaps and stay there as fragmentation. Fixing the threshold at its
/// starting value keeps the peak flat (docs/performance.md). Other platforms' allocators do not
/// work this way: there the call does nothing.
public enum AllocatorTuning {
    public static func forLongRuns() {
        _ = liaison_fix_mmap_threshold(128 * 1024)
    }
}
