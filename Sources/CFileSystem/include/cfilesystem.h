// The two file-system calls the pipeline needs that Swift's Glibc/Darwin modules do not expose.
// Each returns -1 with errno ENOSYS where the system has no such call; callers fall back.
#ifndef LIAISON_CFILESYSTEM_H
#define LIAISON_CFILESYSTEM_H

/// Renames `from` to `to` only if `to` does not exist (EEXIST otherwise), atomically:
/// renameat2(RENAME_NOREPLACE) on Linux, renamex_np(RENAME_EXCL) on macOS.
int liaison_rename_noreplace(const char *from, const char *to);

/// Flushes the whole file system holding `path` (syncfs on Linux), not every mounted one.
int liaison_sync_filesystem(const char *path);

#endif
