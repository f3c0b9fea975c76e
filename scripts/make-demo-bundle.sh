#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
#
# Re-makes the demo inputs of `oomlens --demo` (resources/demo/, see PROVENANCE.md there):
#   1. provokes a memory-cgroup OOM of a process of our own: oomlens-test-allocator in a
#      new child of this shell's v1 memory cgroup, limited to 64 MiB without swap, so the
#      kernel's OOM killer can only choose that process;
#   2. collects a bundle of this machine with `oomlens-cli collect` (its kernel log holds
#      that OOM report);
#   3. copies three corpus logs (a global OOM, a fragmentation OOM, a systemd-oomd kill)
#      from tests/data/reports.
#
#   sudo scripts/make-demo-bundle.sh [BUILD_DIR]      (default build/dev; needs root)
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
BUILD=${1:-$SRC/build/dev}
CLI=$BUILD/src/cli/oomlens-cli
ALLOCATOR=$BUILD/tests/oomlens-test-allocator
OUT=$SRC/resources/demo
[ "$(id -u)" -eq 0 ] || { echo "make-demo-bundle: needs root (memory cgroup, /dev/kmsg)" >&2; exit 1; }
[ -x "$CLI" ] && [ -x "$ALLOCATOR" ] || {
    echo "make-demo-bundle: build oomlens-cli and oomlens-test-allocator first" >&2; exit 1; }

own=$(sed -n 's/^[0-9]*:memory:\(.*\)$/\1/p' /proc/self/cgroup)
[ -n "$own" ] && [ -d /sys/fs/cgroup/memory ] || {
    echo "make-demo-bundle: no v1 memory controller here" >&2; exit 1; }
cg=/sys/fs/cgroup/memory${own%/}/oomlens-demo-$$
mkdir "$cg"
trap 'rmdir "$cg" 2>/dev/null || true' EXIT
echo $((64 * 1024 * 1024)) > "$cg/memory.limit_in_bytes"
echo $((64 * 1024 * 1024)) > "$cg/memory.memsw.limit_in_bytes" 2>/dev/null || true

# The allocator waits for a line on stdin; it is moved into the cgroup before it starts.
coproc ALLOC { exec "$ALLOCATOR"; }
echo "$ALLOC_PID" > "$cg/cgroup.procs"
echo go >&"${ALLOC[1]}"
status=0
wait "$ALLOC_PID" || status=$?
[ "$status" -eq 137 ] || { echo "make-demo-bundle: the allocator was not OOM-killed ($status)" >&2; exit 1; }
sleep 1 # the reaper's line

mkdir -p "$OUT"
rm -f "$OUT"/*.tar.zst
"$CLI" collect -o "$OUT/01-bundle-memcg-oom.tar.zst"
cp "$SRC/tests/data/reports/020-journal-global-oom-kaspad-systemd-scope-abridged.log" \
    "$OUT/02-global-oom.log"
cp "$SRC/tests/data/reports/011-alibaba-doc-buddy-fragmentation-order3.log" \
    "$OUT/03-fragmentation-order3.log"
cp "$SRC/tests/data/reports/023-systemd-oomd-zh-locale-candidates-abridged.log" \
    "$OUT/04-systemd-oomd.log"
ls -l "$OUT"
