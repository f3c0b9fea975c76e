/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SPDX-FileCopyrightText: 2026 OOM Lens developers */
/*
 * The process population of snapshot-bench.sh: forks N children that sleep, prints
 * "ready N" once all of them exist, and when its standard input reaches end of file (or
 * it gets SIGTERM/SIGINT) kills and reaps every child. The children also die with the
 * parent (PR_SET_PDEATHSIG), so a benchmark that is interrupted leaves nothing behind.
 *
 *   oomlens-spawn N [KiB]     KiB: memory each child touches (default 0)
 *
 * Plain C without sanitizers: the children should look like small ordinary processes.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t stop_requested;

static void on_stop(int sig)
{
    (void)sig;
    stop_requested = 1;
}

static void child(pid_t parent, long kib)
{
    /* Die with the benchmark, even if it is killed with SIGKILL. */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(0);
    if (kib > 0) {
        char *block = malloc((size_t)kib * 1024);
        if (block)
            memset(block, 0x5a, (size_t)kib * 1024);
    }
    for (;;)
        pause();
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s N [KiB]\n", argv[0]);
        return 2;
    }
    const long n = strtol(argv[1], NULL, 10);
    const long kib = argc > 2 ? strtol(argv[2], NULL, 10) : 0;
    if (n <= 0 || kib < 0) {
        fprintf(stderr, "%s: N must be positive, KiB not negative\n", argv[0]);
        return 2;
    }
    pid_t *pids = calloc((size_t)n, sizeof *pids);
    if (!pids)
        return 3;

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);

    const pid_t self = getpid();
    long started = 0;
    for (; started < n && !stop_requested; ++started) {
        const pid_t pid = fork();
        if (pid == 0)
            child(self, kib);
        if (pid < 0) {
            fprintf(stderr, "%s: fork %ld: %s\n", argv[0], started + 1, strerror(errno));
            break;
        }
        pids[started] = pid;
    }
    printf("ready %ld\n", started);
    fflush(stdout);

    /* Wait for end of file on stdin (the benchmark closes it) or a signal. */
    char buf[64];
    while (!stop_requested) {
        const ssize_t r = read(STDIN_FILENO, buf, sizeof buf);
        if (r == 0 || (r < 0 && errno != EINTR))
            break;
    }
    for (long i = 0; i < started; ++i)
        kill(pids[i], SIGKILL);
    for (long i = 0; i < started; ++i)
        waitpid(pids[i], NULL, 0);
    free(pids);
    return started == n ? 0 : 1;
}
