/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SPDX-FileCopyrightText: 2026 OOM Lens developers */
/*
 * The victim of tst_realoom: waits for a line on stdin (the test moves it into a memory
 * cgroup first), then allocates and touches memory in 1 MiB steps until the kernel's OOM
 * killer ends it. Plain C without sanitizers, so its memory use is its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
    char go[8];
    if (!fgets(go, sizeof go, stdin))
        return 2;
    const size_t step = 1024 * 1024;
    for (int i = 0; i < 4096; ++i) { /* at most 4 GiB: stop even if no limit applied */
        char *block = malloc(step);
        if (!block)
            return 3;
        memset(block, 0x5a, step);
    }
    return 4; /* not killed: the cgroup limit did not work */
}
