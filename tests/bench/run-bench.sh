#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
#
# Benchmarks `oomlens-cli analyze` against the standard tools on a generated syslog with
# OOM reports embedded (README "Benchmarks"):
#
#   plain file   oomlens-cli analyze --format json FILE     vs  grep -c -F 'invoked oom-killer' FILE
#   FILE.zst     oomlens-cli analyze --format json FILE.zst vs  zstd -dc FILE.zst > /dev/null
#   FILE.gz      oomlens-cli analyze --format json FILE.gz  vs  gzip -dc FILE.gz > /dev/null
#   (with OOMLENS_BENCH_ALL_FORMATS=1 also FILE.xz, FILE.bz2 and FILE.lz4 against xz -dc,
#   bzip2 -dc and lz4 -dc; compressing a GiB with xz and bzip2 takes minutes)
#
# and prints a Markdown table (median wall time, ratio, peak RSS) for the README.
#
#   tests/bench/run-bench.sh [SIZE]          SIZE: 1G (default), 512M, 4G, ...
#
# Environment:
#   OOMLENS_BUILD_DIR   build tree with oomlens-loggen and oomlens-cli
#                       (default: build/release, made by `cmake --preset release`)
#   OOMLENS_BENCH_DIR   where the logs are written (default: /tmp); they are reused
#   OOMLENS_BENCH_RUNS  runs per command (default: 5)
#   OOMLENS_BENCH_TIMER hyperfine (default when installed) or time (interleaved
#                       /usr/bin/time runs, steadier on a busy machine)
#
# The peak RSS is always measured with /usr/bin/time. grep writes to a file, not to
# /dev/null: GNU grep stops at the first match when its output is /dev/null.
set -eu

size=${1:-1G}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${OOMLENS_BUILD_DIR:-$repo/build/release}
dir=${OOMLENS_BENCH_DIR:-/tmp}
runs=${OOMLENS_BENCH_RUNS:-5}
timer=${OOMLENS_BENCH_TIMER:-}
if [ -z "$timer" ]; then
    if command -v hyperfine >/dev/null 2>&1; then timer="hyperfine"; else timer="time"; fi
fi

loggen=$build/tests/bench/oomlens-loggen
cli=$build/src/cli/oomlens-cli
analyzer_name="oomlens-cli analyze --format json"
if [ ! -x "$cli" ]; then
    # Before the CLI existed: the scanner and parser alone.
    cli=$build/tests/bench/oomlens-scanbench
    analyzer_name="oomlens-scanbench"
fi
for tool in "$loggen" "$cli"; do
    if [ ! -x "$tool" ]; then
        echo "run-bench.sh: $tool is missing; build it first:" >&2
        echo "  cmake --preset release && cmake --build build/release --target oomlens-loggen oomlens-cli oomlens-scanbench" >&2
        exit 2
    fi
done
for tool in grep zstd gzip /usr/bin/time; do
    command -v "$tool" >/dev/null 2>&1 || { echo "run-bench.sh: $tool is needed (apt-get install $tool)" >&2; exit 2; }
done

mkdir -p "$dir"
log=$dir/oomlens-bench-$size.log
work=$(mktemp -d "${TMPDIR:-/tmp}/oomlens-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

if [ ! -s "$log" ] || [ ! -s "$log.info" ]; then
    echo "Generating $log ($size)..." >&2
    "$loggen" --size "$size" --seed 1 "$log" 2>"$log.info"
    rm -f "$log.zst" "$log.gz" "$log.xz" "$log.bz2" "$log.lz4"
fi
formats="zst gz"
[ "${OOMLENS_BENCH_ALL_FORMATS:-0}" = 1 ] && formats="zst gz xz bz2 lz4"
compressor() {
    case $1 in
    zst) echo "zstd -q -T0 -c" ;; gz) echo "gzip -c" ;; xz) echo "xz -T0 -3 -c" ;;
    bz2) echo "bzip2 -c" ;; lz4) echo "lz4 -q -c" ;;
    esac
}
decompressor() {
    case $1 in
    zst) echo "zstd -dc" ;; gz) echo "gzip -dc" ;; xz) echo "xz -dc" ;;
    bz2) echo "bzip2 -dc" ;; lz4) echo "lz4 -dc" ;;
    esac
}
format_name() {
    case $1 in zst) echo zstd ;; gz) echo gzip ;; xz) echo xz ;; bz2) echo bzip2 ;; lz4) echo lz4 ;; esac
}
for ext in $formats; do
    tool=$(format_name "$ext")
    command -v "$tool" >/dev/null 2>&1 || { echo "run-bench.sh: $tool is needed (apt-get install $tool)" >&2; exit 2; }
    # shellcheck disable=SC2046 # the compressor is a word list
    [ -s "$log.$ext" ] || { echo "Compressing $log.$ext..." >&2; $(compressor "$ext") "$log" > "$log.$ext"; }
done
expected=$(sed -n 's/.* \([0-9][0-9]*\) OOM reports.*/\1/p' "$log.info")

# Warm the page cache (dd really reads; cat may hand the file to the kernel unread).
for f in "$log"; do dd if="$f" of=/dev/null bs=4M status=none; done
for ext in $formats; do dd if="$log.$ext" of=/dev/null bs=4M status=none; done

# The CLI must find every embedded report, or its time means nothing.
found=$("$cli" analyze --format json "$log" 2>/dev/null | grep -c '"kind": "kernel-oom"' || true)
if [ "$analyzer_name" = "oomlens-scanbench" ]; then
    found=$("$cli" "$log" | sed -n 's/.*, \([0-9][0-9]*\) events.*/\1/p')
fi
echo "Embedded reports: $expected; found by $analyzer_name: $found" >&2

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# run_time FILE OUTPUT CMD...: one run; appends "wall_s peak_rss_kib cpu_s" to FILE.
run_time() {
    record=$1; out=$2; shift 2
    /usr/bin/time -f '%e %M %U %S' -o "$work/t" "$@" > "$out" 2>/dev/null || true
    tail -n 1 "$work/t" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' >> "$record"
}

if [ "$analyzer_name" = "oomlens-scanbench" ]; then cli_args=""; else cli_args="analyze --format json"; fi

# measure KEY REF_OUTPUT REF_COMMAND FILE: median wall time and peak RSS of REF_COMMAND (one
# string, quoted as for a shell) and of the analyzer on FILE.
measure() {
    key=$1; refout=$2; ref_cmd=$3; file=$4
    cli_cmd="$cli $cli_args $file"
    : > "$work/$key.ref"; : > "$work/$key.cli"
    if [ "$timer" = hyperfine ]; then
        if [ "$refout" = /dev/null ]; then output=null; else output=pipe; fi
        hyperfine -N --style none --output=$output --warmup 1 --runs "$runs" \
            --export-json "$work/$key.ref.json" "$ref_cmd" >/dev/null
        hyperfine -N --style none --output=pipe --warmup 1 --runs "$runs" \
            --export-json "$work/$key.cli.json" "$cli_cmd" >/dev/null
        for side in ref cli; do
            json=$work/$key.$side.json
            sed -n 's/^ *"median": \([0-9.e-]*\),*$/\1/p' "$json" | head -n 1 > "$work/$key.$side.median"
            user=$(sed -n 's/^ *"user": \([0-9.e-]*\),*$/\1/p' "$json" | head -n 1)
            system=$(sed -n 's/^ *"system": \([0-9.e-]*\),*$/\1/p' "$json" | head -n 1)
            awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f\n", u + s }' > "$work/$key.$side.cpu"
        done
        eval "set -- $ref_cmd"
        run_time "$work/$key.ref" "$refout" "$@"
        # shellcheck disable=SC2086 # cli_args is a word list
        run_time "$work/$key.cli" "$work/cli.out" "$cli" $cli_args "$file"
    else
        i=0
        while [ "$i" -lt "$runs" ]; do
            eval "set -- $ref_cmd"
            run_time "$work/$key.ref" "$refout" "$@"
            # shellcheck disable=SC2086
            run_time "$work/$key.cli" "$work/cli.out" "$cli" $cli_args "$file"
            i=$((i + 1))
        done
        for side in ref cli; do
            cut -d' ' -f1 "$work/$key.$side" | median > "$work/$key.$side.median"
            cut -d' ' -f3 "$work/$key.$side" | median > "$work/$key.$side.cpu"
        done
    fi
    for side in ref cli; do cut -d' ' -f2 "$work/$key.$side" | sort -n | tail -n 1 > "$work/$key.$side.rss"; done
}

load=$(cut -d' ' -f1 /proc/loadavg)
measure plain "$work/grep.out" "grep -c -F 'invoked oom-killer' $log" "$log"
for ext in $formats; do
    measure "$ext" /dev/null "$(decompressor "$ext") $log.$ext" "$log.$ext"
done

mib() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.0f MiB", b / 1048576 }'; }
row() {
    key=$1; input=$2; reference=$3; target=$4
    ref=$(cat "$work/$key.ref.median"); ours=$(cat "$work/$key.cli.median")
    ratio=$(awk -v a="$ours" -v b="$ref" 'BEGIN { printf "%.2f", a / b }')
    # shellcheck disable=SC2016 # the backquotes are Markdown
    printf '| %s | `%s` | %.2f s | %.2f s | **%s×** (≤ %s×) | %s s / %s s | %s / %s |\n' "$input" "$reference" \
        "$ref" "$ours" "$ratio" "$target" "$(cat "$work/$key.ref.cpu")" "$(cat "$work/$key.cli.cpu")" \
        "$(cat "$work/$key.ref.rss")" "$(cat "$work/$key.cli.rss")"
}

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
echo
echo "Generated syslog, $size: $(mib "$log"), $(sed -n 's/.*bytes, \([0-9]*\) lines, \(.*\)$/\1 lines, \2/p' "$log.info");"
echo "page cache warm, $(nproc) cores ($cpu), load average $load before the runs;"
echo "median of $runs runs ($timer); OOM Lens is \`$analyzer_name FILE\`."
echo
echo "| input | reference | reference wall | OOM Lens wall | ratio (target) | CPU user+sys, reference / OOM Lens | peak RSS KiB, reference / OOM Lens |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
row plain "plain, $(mib "$log")" "grep -c -F 'invoked oom-killer'" 1.5
for ext in $formats; do
    row "$ext" "$(format_name "$ext"), $(mib "$log.$ext")" "$(decompressor "$ext")" 1.2
done
echo
env_prefix=""
[ "${OOMLENS_BENCH_ALL_FORMATS:-0}" = 1 ] && env_prefix="OOMLENS_BENCH_ALL_FORMATS=1 "
echo "Reproduce: \`cmake --preset release && cmake --build build/release && ${env_prefix}tests/bench/run-bench.sh $size\`"
