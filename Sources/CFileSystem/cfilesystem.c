#define _GNU_SOURCE
#include "cfilesystem.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__linux__) || defined(__APPLE__)
#include <sys/xattr.h>
#endif

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__linux__)
#include <sys/syscall.h>
#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif
#endif

int liaison_rename_noreplace(const char *from, const char *to) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
#elif defined(__APPLE__)
    return renamex_np(from, to, RENAME_EXCL);
#else
    (void)from;
    (void)to;
    errno = ENOSYS;
    return -1;
#endif
}

int liaison_sync_filesystem(const char *path) {
#if defined(__linux__) && defined(SYS_syncfs)
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    int result = (int)syscall(SYS_syncfs, fd);
    int saved = errno;
    close(fd);
    errno = saved;
    return result;
#else
    (void)path;
    errno = ENOSYS;
    return -1;
#endif
}

int liaison_open_for_writing(const char *path) {
#if defined(__linux__) && defined(F_SETLEASE)
    static int prepared = 0;
    if (!prepared) {
        signal(SIGIO, SIG_IGN);  // the lease-break signal, should a writer open during the probe
        prepared = 1;
    }
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return errno == ELOOP ? 2 : -1;
    struct stat info;
    int answer = -1;
    if (fstat(fd, &info) != 0) {
        answer = -1;
    } else if (!S_ISREG(info.st_mode)) {
        answer = 2;
    } else {
        if (fcntl(fd, F_SETLEASE, F_RDLCK) == 0) {
            fcntl(fd, F_SETLEASE, F_UNLCK);
            answer = 0;
        } else if (errno == EAGAIN) {
            answer = 1;
        }
    }
    close(fd);
    return answer;
#else
    (void)path;
    return -1;
#endif
}

int liaison_set_attribute(const char *path, const char *name, const void *value, unsigned long size) {
#if defined(__linux__)
    return setxattr(path, name, value, size, 0);
#elif defined(__APPLE__)
    return setxattr(path, name, value, size, 0, XATTR_NOFOLLOW);
#else
    (void)path; (void)name; (void)value; (void)size;
    errno = ENOTSUP;
    return -1;
#endif
}

long liaison_get_attribute(const char *path, const char *name, void *buffer, unsigned long size) {
#if defined(__linux__)
    return (long)getxattr(path, name, buffer, size);
#elif defined(__APPLE__)
    return (long)getxattr(path, name, buffer, size, 0, XATTR_NOFOLLOW);
#else
    (void)path; (void)name; (void)buffer; (void)size;
    errno = ENOTSUP;
    return -1;
#endif
}

int liaison_fix_mmap_threshold(int bytes) {
#if defined(__GLIBC__)
    return mallopt(M_MMAP_THRESHOLD, bytes);
#else
    (void)bytes;
    return 0;
#endif
}
