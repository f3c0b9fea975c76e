#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
#
# Benchmarks a full snapshot of the live system against ps on the same process table
# (README "Benchmarks": "a full snapshot of a system with 10,000 processes in under 150 ms
# of one core, and at most 1.5x the time of `ps -e -o pid,rss,comm` on the same system in
# the same run"):
#
#   1. starts N sleeping processes (oomlens-spawn; default 10,000),
#   2. runs `ps -e -o pid,rss,comm` and `oomlens-cli snapshot --json` alternately, RUNS
#      times each (after one untimed warm-up each: the first walk of /proc creates the
#      kernel's dentries and inodes for every new pid, whoever comes first pays that),
#      every output to /dev/null,
#   3. prints the median CPU time (user + system, from wait4's rusage in microseconds),
#      the median wall time, peak RSS, and the ratio, then a Markdown table for the README.
#
#   tests/bench/snapshot-bench.sh [N]
#
# Environment:
#   OOMLENS_BUILD_DIR   build tree with oomlens-cli, oomlens-spawn and oomlens-cputime
#                       (default: build/release, made by `cmake --preset release`)
#   OOMLENS_BENCH_RUNS  timed runs per command (default: 5)
#
# CPU time is the figure the issue sets: wall time depends on whatever else the machine
# runs. Needs `ulimit -u` and kernel.pid_max above N plus what already runs.
set -eu

n=${1:-10000}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${OOMLENS_BUILD_DIR:-$repo/build/release}
runs=${OOMLENS_BENCH_RUNS:-5}

cli=$build/src/cli/oomlens-cli
spawn=$build/tests/bench/oomlens-spawn
cputime=$build/tests/bench/oomlens-cputime
for tool in "$cli" "$spawn" "$cputime"; do
    if [ ! -x "$tool" ]; then
        echo "snapshot-bench.sh: $tool is missing; build it first:" >&2
        echo "  cmake --preset release && cmake --build build/release --target oomlens-cli oomlens-spawn oomlens-cputime" >&2
        exit 2
    fi
done
command -v ps >/dev/null 2>&1 || { echo "snapshot-bench.sh: ps is needed (procps)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/oomlens-snapbench.XXXXXX")
spawner=
cleanup() {
    exec 3>&- 2>/dev/null || true # end of file on the spawner's stdin: it kills its children
    if [ -n "$spawner" ]; then
        wait "$spawner" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

before=$(ls -d /proc/[0-9]* 2>/dev/null | wc -l)
mkfifo "$work/control"
"$spawn" "$n" < "$work/control" > "$work/ready" &
spawner=$!
exec 3> "$work/control"
while ! grep -q '^ready' "$work/ready" 2>/dev/null; do
    kill -0 "$spawner" 2>/dev/null || { echo "snapshot-bench.sh: oomlens-spawn failed" >&2; exit 2; }
    sleep 0.2
done
started=$(sed -n 's/^ready //p' "$work/ready")
if [ "$started" -ne "$n" ]; then
    echo "snapshot-bench.sh: only $started of $n processes started (ulimit -u, kernel.pid_max?)" >&2
    exit 2
fi
total=$(ls -d /proc/[0-9]* 2>/dev/null | wc -l)

# One run: "user_ms sys_ms cpu_ms wall_ms maxrss_kb status" appended to $1.
measure() {
    file=$1
    shift
    "$cputime" "$@" >> "$file"
}

"$cputime" ps -e -o pid,rss,comm > /dev/null
"$cputime" "$cli" snapshot --json > /dev/null
i=0
while [ "$i" -lt "$runs" ]; do
    measure "$work/ps" ps -e -o pid,rss,comm
    measure "$work/oomlens" "$cli" snapshot --json
    i=$((i + 1))
done

if awk '$6 != 0 { bad = 1 } END { exit !bad }' "$work/ps" "$work/oomlens"; then
    echo "snapshot-bench.sh: a command failed:" >&2
    cat "$work/ps" "$work/oomlens" >&2
    exit 1
fi

# median COLUMN FILE
median() {
    awk -v c="$1" '{ print $c }' "$2" | sort -n | awk '{ v[NR] = $1 } END {
        if (NR % 2) printf "%.1f", v[(NR + 1) / 2]; else printf "%.1f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
maxof() {
    awk -v c="$1" 'BEGIN { m = 0 } $c > m { m = $c } END { printf "%d", m }' "$2"
}

ps_cpu=$(median 3 "$work/ps")
ps_wall=$(median 4 "$work/ps")
ps_rss=$(maxof 5 "$work/ps")
ol_cpu=$(median 3 "$work/oomlens")
ol_wall=$(median 4 "$work/oomlens")
ol_rss=$(maxof 5 "$work/oomlens")
ol_user=$(median 1 "$work/oomlens")
ol_sys=$(median 2 "$work/oomlens")
ratio=$(awk -v a="$ol_cpu" -v b="$ps_cpu" 'BEGIN { printf "%.2f", a / b }')
wall_ratio=$(awk -v a="$ol_wall" -v b="$ps_wall" 'BEGIN { printf "%.2f", a / b }')
budget=$(awk -v a="$ol_cpu" -v t="$total" 'BEGIN { printf "%s", (a * 10000 / t < 150) ? "yes" : "no" }')
per10k=$(awk -v a="$ol_cpu" -v t="$total" 'BEGIN { printf "%.1f", a * 10000 / t }')

echo "processes: $total in /proc ($before before, $started started by the benchmark)"
echo "runs: $runs each, alternating, after one warm-up each; CPU = user + system"
echo "kernel: $(uname -r), CPUs: $(getconf _NPROCESSORS_ONLN), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "ps -e -o pid,rss,comm:      CPU ${ps_cpu} ms, wall ${ps_wall} ms, peak RSS ${ps_rss} KiB"
echo "oomlens-cli snapshot --json: CPU ${ol_cpu} ms (user ${ol_user}, system ${ol_sys}), wall ${ol_wall} ms, peak RSS ${ol_rss} KiB"
echo "ratio (CPU): ${ratio}x  (wall: ${wall_ratio}x); per 10,000 processes: ${per10k} ms; under 150 ms: ${budget}"
echo
echo "Raw runs (user_ms sys_ms cpu_ms wall_ms maxrss_kb status):"
echo "  ps:";      sed 's/^/    /' "$work/ps"
echo "  oomlens:"; sed 's/^/    /' "$work/oomlens"
echo
echo "| $total processes ($(uname -r), $(getconf _NPROCESSORS_ONLN) CPUs) | CPU time (median of $runs) | wall time (median) | peak RSS |"
echo "| --- | ---: | ---: | ---: |"
echo "| \`ps -e -o pid,rss,comm\` | ${ps_cpu} ms | ${ps_wall} ms | $((ps_rss / 1024)) MiB |"
echo "| \`oomlens-cli snapshot --json\` | ${ol_cpu} ms | ${ol_wall} ms | $((ol_rss / 1024)) MiB |"
echo "| ratio | ${ratio}× | ${wall_ratio}× | |"
