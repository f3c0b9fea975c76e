#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
#
# The app's benchmarks under Xvfb, each against a standard tool in the same run:
#   1. start to a mapped window: `oomlens` on the live system against Debian's `qml` viewer
#      on a one-rectangle file (both: from exec until xdotool sees the window mapped);
#   2. a 1 GiB generated log in the window (oomlens-appbench): first incident on screen,
#      loading against `oomlens-cli analyze` on the same file, log view frame times, RSS.
#
#   tests/bench/app-bench.sh [BUILD_DIR]      (default build/release)
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
BUILD=${1:-$SRC/build/release}
APP=$BUILD/src/app/oomlens
CLI=$BUILD/src/cli/oomlens-cli
BENCH=$BUILD/tests/bench/oomlens-appbench
LOGGEN=$BUILD/tests/bench/oomlens-loggen
RUNS=${RUNS:-5}
for tool in "$APP" "$CLI" "$BENCH" "$LOGGEN"; do
    [ -x "$tool" ] || { echo "app-bench: $tool is missing; build it first" >&2; exit 1; }
done
# Debian's qml-qt6 installs the viewer into Qt's bin folder, which is not on PATH.
QML_VIEWER=${QML_VIEWER:-$(qtpaths6 --query QT_INSTALL_BINS 2>/dev/null)/qml}
for tool in Xvfb xdotool "$QML_VIEWER"; do
    command -v "$tool" >/dev/null ||
        { echo "app-bench: $tool is missing (packages xvfb, xdotool, qml-qt6)" >&2; exit 1; }
done

work=$(mktemp -d)
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=$display QT_QPA_PLATFORM=xcb
sleep 1

# Milliseconds from exec to a mapped window titled $1, for the command after it. A window
# that does not come within 60 s ends the benchmark with the command's own output.
time_to_window() {
    local title=$1; shift
    local start end pid
    start=$(date +%s%N)
    "$@" >"$work/window.log" 2>&1 &
    pid=$!
    if ! timeout 60 xdotool search --sync --onlyvisible --name "$title" >/dev/null; then
        echo "app-bench: no window titled '$title' within 60 s from: $*" >&2
        cat "$work/window.log" >&2
        exit 1
    fi
    end=$(date +%s%N)
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

cat > "$work/rect.qml" <<'QML'
import QtQuick
import QtQuick.Window
Window { title: "bare-window"; width: 640; height: 480; visible: true
         Rectangle { anchors.fill: parent; color: "steelblue" } }
QML
# The viewer with Qt's default renderer, and with the software renderer that oomlens picks
# on a machine without a GPU render node (src/app/renderbackend.h).
renderer=default
[ -n "$(ls /dev/dri/renderD* 2>/dev/null)" ] || renderer=software
bare=() baresw=() app=()
for _ in $(seq "$RUNS"); do
    bare+=("$(time_to_window bare-window "$QML_VIEWER" "$work/rect.qml")")
    baresw+=("$(time_to_window bare-window env QT_QUICK_BACKEND=software "$QML_VIEWER" "$work/rect.qml")")
    app+=("$(time_to_window "OOM Lens" "$APP")")
done
b=$(printf '%s\n' "${bare[@]}" | median)
bs=$(printf '%s\n' "${baresw[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
echo "| start to mapped window (median of $RUNS) | value |"
echo "|---|---|"
echo "| qml viewer, one rectangle, Qt's default renderer | $b ms |"
echo "| qml viewer, one rectangle, software renderer | $bs ms |"
echo "| oomlens, live system ($renderer renderer) | $a ms ($(awk "BEGIN {printf \"%.2f\", $a / $b}")× the default viewer, $(awk "BEGIN {printf \"%.2f\", $a / $bs}")× the software one) |"
echo

"$LOGGEN" --size 1G --seed 1 "$work/big.log" 2>/dev/null
# Both read it from the page cache: the app goes first and would otherwise pay the disk.
cat "$work/big.log" > /dev/null
"$BENCH" "$work/big.log" "$CLI"
