#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
#
# The live sampler's cost (README "Benchmarks", target under 1 % of a core): 1,000 sleeping processes, LiveSampler on "/"
# at 1 Hz for 60 s, once without and once with the process table (every 5 s); prints a
# Markdown table for the README: CPU as a share of one core (getrusage of the process),
# the history's storage for one hour, and the RSS growth over the run and after a whole
# hour of samples (the ring is allocated once, so both stay at the ring's size).
#
#   tests/bench/sampler-bench.sh [PROCESSES] [SECONDS]
#
# Environment: OOMLENS_BUILD_DIR (default: build/release, `cmake --preset release`).
set -eu

processes=${1:-1000}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${OOMLENS_BUILD_DIR:-$repo/build/release}
bench=$build/tests/bench/oomlens-samplerbench
if [ ! -x "$bench" ]; then
    echo "sampler-bench.sh: $bench is missing; build it first:" >&2
    echo "  cmake --preset release && cmake --build build/release --target oomlens-samplerbench" >&2
    exit 2
fi

echo "Sampler at 1 Hz for $seconds s with $processes sleeping processes; $(nproc) CPUs, $(uname -r), $(id -un)."
echo
echo "| configuration | processes | ticks | CPU (share of one core) | CPU per tick | history per sample | one hour of history | RSS growth, ${seconds} s | RSS growth, one hour filled |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
"$bench" --processes "$processes" --seconds "$seconds" --process-every 0 --markdown
"$bench" --processes "$processes" --seconds "$seconds" --process-every 5 --markdown
