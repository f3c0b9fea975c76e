#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
#
# The memory views' costs (README "Memory views", its last paragraph), each beside a standard tool in the same run:
#
#   1. live pages at 1 Hz: PROCESSES sleeping processes (oomlens-spawn) and CGROUPS empty
#      memory cgroups (created under the memory hierarchy, removed at the end); the live
#      models of each page, then of all pages at once, active for SECONDS each
#      (oomlens-memorybench --live SECONDS PAGE), against
#      `top -b -d 1` over the same seconds (CPU time of each from wait4's rusage);
#   2. the victim table sorted with SORT processes (oomlens-memorybench --sort), against
#      `ps -e --sort=-rss -o pid,rss,comm` on the same PROCESSES live processes.
#
#   tests/bench/memory-bench.sh [PROCESSES] [CGROUPS] [SECONDS] [SORT]   (3000 500 60 10000)
#
# Run as root (cgroups are created). OOMLENS_BUILD_DIR: build tree (default build/release).
set -eu

processes=${1:-3000}
cgroups=${2:-500}
seconds=${3:-60}
sortn=${4:-10000}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${OOMLENS_BUILD_DIR:-$repo/build/release}
bench=$build/tests/bench/oomlens-memorybench
spawn=$build/tests/bench/oomlens-spawn
cputime=$build/tests/bench/oomlens-cputime
for tool in "$bench" "$spawn" "$cputime"; do
    if [ ! -x "$tool" ]; then
        echo "memory-bench.sh: $tool is missing; build it first:" >&2
        echo "  cmake --preset release && cmake --build build/release --target oomlens-memorybench oomlens-spawn oomlens-cputime" >&2
        exit 2
    fi
done

# The memory hierarchy: cgroup v2 (unified at /sys/fs/cgroup) or v1's memory controller.
if [ -f /sys/fs/cgroup/cgroup.controllers ]; then
    parent=/sys/fs/cgroup/oomlens-bench
else
    parent=/sys/fs/cgroup/memory/oomlens-bench
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/oomlens-memorybench.XXXXXX")
spawner=
cleanup() {
    exec 3>&- 2>/dev/null || true
    if [ -n "$spawner" ]; then wait "$spawner" 2>/dev/null || true; fi
    if [ -d "$parent" ]; then
        for d in "$parent"/cg-*; do [ -d "$d" ] && rmdir "$d" 2>/dev/null || true; done
        rmdir "$parent" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$parent"
i=0
while [ "$i" -lt "$cgroups" ]; do mkdir -p "$parent/cg-$i"; i=$((i + 1)); done

mkfifo "$work/control"
"$spawn" "$processes" < "$work/control" > "$work/ready" &
spawner=$!
exec 3> "$work/control"
while ! grep -q '^ready' "$work/ready" 2>/dev/null; do
    kill -0 "$spawner" 2>/dev/null || { echo "memory-bench.sh: oomlens-spawn failed" >&2; exit 2; }
    sleep 0.2
done
total=$(ls -d /proc/[0-9]* | wc -l)

echo "Memory views: $total processes ($processes spawned), $cgroups extra memory cgroups under $parent; $(nproc) CPUs, $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "Live pages at 1 Hz, each page's models alone, then all of them at once:"
for page in overview memory fragmentation cgroups processes all; do
    "$bench" --live "$seconds" "$page"
done
# top refreshing every second for the same time: "user_ms sys_ms cpu_ms wall_ms maxrss_kb status"
"$cputime" top -b -d 1 -n "$((seconds + 1))" > "$work/top" 2>/dev/null
read -r _ _ topcpu topwall _ _ < "$work/top"
echo "top -b -d 1 -n $((seconds + 1)): CPU $topcpu ms over $topwall ms wall = $(awk "BEGIN{printf \"%.2f\", 100*$topcpu/$topwall}") % of one core"
echo
"$bench" --sort "$sortn"
"$cputime" ps -e --sort=-rss -o pid,rss,comm > "$work/ps" 2>/dev/null
read -r _ _ pscpu pswall _ _ < "$work/ps"
echo "ps -e --sort=-rss -o pid,rss,comm ($total processes): CPU $pscpu ms, wall $pswall ms"
