/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SPDX-FileCopyrightText: 2026 OOM Lens developers */
/*
 * A process of a known size for tst_liverank: allocates MiB mebibytes, touches every
 * page (so they are resident), optionally pushes them out to swap, prints "ready", then
 * sleeps until it is killed. It dies with its parent (PR_SET_PDEATHSIG), so a crashed
 * test leaves nothing behind. Plain C without sanitizers, so its memory is its own.
 *
 *   oomlens-test-hog MiB [pageout]
 *
 * pageout: madvise(MADV_PAGEOUT) (Linux 5.4+) on the block after touching it, so its
 * pages go to swap without any memory pressure; prints "ready pageout-failed" when the
 * kernel refuses (no swap, older kernel), "ready" otherwise.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>

#ifndef MADV_PAGEOUT
#define MADV_PAGEOUT 21
#endif

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s MiB [pageout]\n", argv[0]);
        return 2;
    }
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    const long mib = strtol(argv[1], NULL, 10);
    const int pageout = argc > 2 && strcmp(argv[2], "pageout") == 0;
    const size_t size = (size_t)(mib > 0 ? mib : 0) * 1024 * 1024;
    const char *status = "ready";
    if (size > 0) {
        /* mmap, not malloc: the block is page-aligned for madvise and never shared. */
        char *block = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (block == MAP_FAILED)
            return 3;
        memset(block, 0x5a, size);
        if (pageout && madvise(block, size, MADV_PAGEOUT) != 0)
            status = "ready pageout-failed";
    }
    printf("%s\n", status);
    fflush(stdout);
    for (;;)
        pause();
}
