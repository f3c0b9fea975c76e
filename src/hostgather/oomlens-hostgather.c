// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
//
// oomlens-hostgather: the host side of OOM Lens in a Flatpak sandbox. The sandboxed app
// starts it on the host through org.freedesktop.Flatpak.Development.HostCommand (what
// `flatpak-spawn --host` does) to read what the sandbox cannot see: host processes'
// /proc/<pid> files, the cgroup tree and the kernel log (/dev/kmsg, journal files).
//
// It runs with the user's own rights against the host's C library, so it is linked
// statically, parses nothing and only returns raw bytes of allow-listed files; parsing
// stays in the app (sources/system/hostgatherreply.h).
//
//   oomlens-hostgather [--max-bytes N] REQUEST...
//   REQUEST: an absolute path of an allowed file (read), or "list:" + an allowed directory
//   (its entries: numeric ones under /proc, sub-directories under /sys/fs/cgroup, journal
//   files under the journal directories).
//
// Output on stdout, one record per request, in request order:
//   "OOMHG1 " STATUS " " LENGTH " " REQUEST "\n" <LENGTH raw bytes> "\n"
// STATUS is "ok" or "denied" (not in the allow-list) or an errno name ("ENOENT", "EACCES").
// A file longer than --max-bytes (default 16 MiB) is cut there, STATUS "truncated".
// A list's bytes are its entry names, each followed by "\n".
// Exit status: 0 when every record was written, 64 for bad usage, 74 when stdout failed.

#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { DefaultMaxBytes = 16 * 1024 * 1024 };

// The files of a process the app reads (processreader, liveranking).
static const char *const ProcFiles[] = {
    "status",  "stat",   "statm",        "cmdline", "comm",      "oom_score", "oom_score_adj",
    "oom_adj", "cgroup", "smaps_rollup", "cpuset",  "numa_maps", NULL,
};

static int isNumber(const char *s, size_t n)
{
    if (n == 0 || n > 10)
        return 0;
    for (size_t i = 0; i < n; ++i)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

// No "..", no "//", no "." component, no newline: the path is what it says.
static int isPlainAbsolutePath(const char *path)
{
    if (path[0] != '/' || strchr(path, '\n'))
        return 0;
    for (const char *p = path; *p; ++p) {
        if (p[0] == '/'
            && (p[1] == '/'
                || (p[1] == '.'
                    && (p[2] == '/' || p[2] == '\0'
                        || (p[2] == '.' && (p[3] == '/' || p[3] == '\0'))))))
            return 0;
    }
    return 1;
}

static int hasPrefix(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

// /proc/<pid>/<one of ProcFiles>
static int isAllowedProcFile(const char *path)
{
    if (!hasPrefix(path, "/proc/"))
        return 0;
    const char *pid = path + 6;
    const char *slash = strchr(pid, '/');
    if (!slash || !isNumber(pid, (size_t)(slash - pid)))
        return 0;
    for (int i = 0; ProcFiles[i]; ++i)
        if (strcmp(slash + 1, ProcFiles[i]) == 0)
            return 1;
    return 0;
}

// Under /sys/fs/cgroup: the memory and cpuset controllers' files, cgroup.* metadata
// (v2, and v1 under /sys/fs/cgroup/memory or /cpuset).
static int isAllowedCgroupFile(const char *path)
{
    if (!hasPrefix(path, "/sys/fs/cgroup/"))
        return 0;
    const char *name = strrchr(path, '/') + 1;
    return hasPrefix(name, "memory.") || hasPrefix(name, "cpuset.")
        || strcmp(name, "cgroup.procs") == 0 || strcmp(name, "cgroup.controllers") == 0
        || strcmp(name, "cgroup.subtree_control") == 0 || strcmp(name, "cgroup.events") == 0
        || strcmp(name, "cgroup.type") == 0;
}

// Journal files: <dir>/<machine-id>/<name>.journal (also rotated "…journal~").
static int isAllowedJournalFile(const char *path)
{
    if (!hasPrefix(path, "/var/log/journal/") && !hasPrefix(path, "/run/log/journal/"))
        return 0;
    const size_t n = strlen(path);
    return (n > 8 && strcmp(path + n - 8, ".journal") == 0)
        || (n > 9 && strcmp(path + n - 9, ".journal~") == 0);
}

static int isAllowedFile(const char *path)
{
    return isPlainAbsolutePath(path)
        && (isAllowedProcFile(path) || isAllowedCgroupFile(path) || isAllowedJournalFile(path)
            || strcmp(path, "/dev/kmsg") == 0 || strcmp(path, "/proc/mounts") == 0
            || strcmp(path, "/proc/self/mountinfo") == 0);
}

static int isAllowedDirectory(const char *path)
{
    return isPlainAbsolutePath(path)
        && (strcmp(path, "/proc") == 0 || strcmp(path, "/sys/fs/cgroup") == 0
            || hasPrefix(path, "/sys/fs/cgroup/") || strcmp(path, "/var/log/journal") == 0
            || hasPrefix(path, "/var/log/journal/") || strcmp(path, "/run/log/journal") == 0
            || hasPrefix(path, "/run/log/journal/"));
}

static const char *errnoName(int error)
{
    switch (error) {
    case ENOENT: return "ENOENT";
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case ESRCH: return "ESRCH";
    case ENOTDIR: return "ENOTDIR";
    case EISDIR: return "EISDIR";
    case ELOOP: return "ELOOP";
    case EINVAL: return "EINVAL";
    case ENOMEM: return "ENOMEM";
    default: return "EIO";
    }
}

// A growable buffer for one record's bytes.
struct Buffer {
    char *data;
    size_t size;
    size_t capacity;
};

static int append(struct Buffer *b, const char *data, size_t n)
{
    if (b->size + n > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 65536;
        while (capacity < b->size + n)
            capacity *= 2;
        char *grown = realloc(b->data, capacity);
        if (!grown)
            return -1;
        b->data = grown;
        b->capacity = capacity;
    }
    memcpy(b->data + b->size, data, n);
    b->size += n;
    return 0;
}

static int writeAll(const char *data, size_t n)
{
    while (n > 0) {
        const ssize_t written = write(STDOUT_FILENO, data, n);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += written;
        n -= (size_t)written;
    }
    return 0;
}

static int writeRecord(const char *status, const char *request, const struct Buffer *bytes)
{
    char header[64];
    const size_t size = bytes ? bytes->size : 0;
    const int n = snprintf(header, sizeof header, "OOMHG1 %s %zu ", status, size);
    if (writeAll(header, (size_t)n) || writeAll(request, strlen(request)) || writeAll("\n", 1)
        || (size && writeAll(bytes->data, size)) || writeAll("\n", 1))
        return -1;
    return 0;
}

// Reads a file up to maxBytes. /dev/kmsg is read record by record without blocking until
// the buffer is drained (each read() returns one record; EAGAIN at the end; EPIPE when a
// record was overwritten, which is skipped).
static const char *readFile(const char *path, size_t maxBytes, struct Buffer *out)
{
    const int isKmsg = strcmp(path, "/dev/kmsg") == 0;
    const int fd =
        open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | (isKmsg ? O_NONBLOCK : 0));
    if (fd < 0)
        return errnoName(errno);
    char chunk[8192];
    const char *status = "ok";
    for (;;) {
        const ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR || (isKmsg && errno == EPIPE))
                continue;
            if (isKmsg && errno == EAGAIN)
                break;
            status = errnoName(errno);
            break;
        }
        if (n == 0)
            break;
        size_t take = (size_t)n;
        if (out->size + take > maxBytes) {
            take = maxBytes - out->size;
            status = "truncated";
        }
        if (append(out, chunk, take)) {
            status = "ENOMEM";
            break;
        }
        if (status[0] == 't')
            break;
    }
    close(fd);
    return status;
}

static int wantedEntry(const char *directory, const struct dirent *entry)
{
    if (entry->d_name[0] == '.')
        return 0;
    if (strcmp(directory, "/proc") == 0)
        return isNumber(entry->d_name, strlen(entry->d_name));
    if (hasPrefix(directory, "/sys/fs/cgroup"))
        return entry->d_type == DT_DIR;
    return 1; // journal directories: machine-id folders and journal files
}

static const char *listDirectory(const char *path, size_t maxBytes, struct Buffer *out)
{
    DIR *dir = opendir(path);
    if (!dir)
        return errnoName(errno);
    const char *status = "ok";
    for (struct dirent *entry; (entry = readdir(dir));) {
        if (!wantedEntry(path, entry))
            continue;
        const size_t n = strlen(entry->d_name);
        if (out->size + n + 1 > maxBytes) {
            status = "truncated";
            break;
        }
        if (append(out, entry->d_name, n) || append(out, "\n", 1)) {
            status = "ENOMEM";
            break;
        }
    }
    closedir(dir);
    return status;
}

int main(int argc, char **argv)
{
    size_t maxBytes = DefaultMaxBytes;
    int first = 1;
    if (argc > 2 && strcmp(argv[1], "--max-bytes") == 0) {
        char *end = NULL;
        const unsigned long long value = strtoull(argv[2], &end, 10);
        if (!end || *end || value == 0) {
            fprintf(stderr, "oomlens-hostgather: --max-bytes needs a positive number\n");
            return 64;
        }
        maxBytes = (size_t)value;
        first = 3;
    }
    if (first >= argc) {
        fprintf(stderr, "usage: oomlens-hostgather [--max-bytes N] PATH|list:DIR...\n");
        return 64;
    }
    struct Buffer buffer = {NULL, 0, 0};
    for (int i = first; i < argc; ++i) {
        const char *request = argv[i];
        if (strchr(request, '\n')) {
            fprintf(stderr, "oomlens-hostgather: a request with a newline\n");
            return 64;
        }
        buffer.size = 0;
        const char *status;
        if (hasPrefix(request, "list:"))
            status = isAllowedDirectory(request + 5) ? listDirectory(request + 5, maxBytes, &buffer)
                                                     : "denied";
        else
            status = isAllowedFile(request) ? readFile(request, maxBytes, &buffer) : "denied";
        const int hasBytes = strcmp(status, "ok") == 0 || strcmp(status, "truncated") == 0;
        if (writeRecord(status, request, hasBytes ? &buffer : NULL)) {
            free(buffer.data);
            return 74;
        }
    }
    free(buffer.data);
    return 0;
}
