// The file-system calls the pipeline needs that Swift's Glibc/Darwin modules do not expose.
// Each returns -1 with errno ENOSYS where the system has no such call; callers fall back.
#ifndef LIAISON_CFILESYSTEM_H
#define LIAISON_CFILESYSTEM_H

/// Renames `from` to `to` only if `to` does not exist (EEXIST otherwise), atomically:
/// renameat2(RENAME_NOREPLACE) on Linux, renamex_np(RENAME_EXCL) on macOS.
int liaison_rename_noreplace(const char *from, const char *to);

/// Flushes the whole file system holding `path` (syncfs on Linux), not every mounted one.
int liaison_sync_filesystem(const char *path);

/// Whether any process has the regular file at `path` open for writing: 1 yes, 0 no, 2 when
/// `path` is not a regular file (a link, a FIFO, a device: nothing to wait for), -1 when the
/// system will not tell (not the file's owner nor root, no leases on this file system, not
/// Linux). Linux: a read lease (fcntl F_SETLEASE F_RDLCK) is granted only when no one has the
/// file open for writing, and is released at once; SIGIO, the lease-break signal, is ignored.
int liaison_open_for_writing(const char *path);

/// Sets the extended attribute `name` of `path` to the `size` bytes of `value` (setxattr); -1
/// with errno ENOTSUP where the file system or the system has none.
int liaison_set_attribute(const char *path, const char *name, const void *value, unsigned long size);

/// Reads the extended attribute `name` of `path` into `buffer` (at most `size` bytes) and returns
/// its length, or -1 (ENODATA when it is not set, ENOTSUP where there are none).
long liaison_get_attribute(const char *path, const char *name, void *buffer, unsigned long size);

/// Fixes the C allocator's threshold for serving a block by `mmap` at `bytes` (glibc's
/// mallopt(M_MMAP_THRESHOLD), which also stops it from rising); 0 where the system's allocator
/// has no such setting.
int liaison_fix_mmap_threshold(int bytes);

#endif
