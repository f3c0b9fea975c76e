#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
#
# `cmake --install` into a scratch DESTDIR with prefix /usr, then the system layout is
# checked file by file (ctest: install_layout). The GUI's, the helper's and the host
# gatherer's files are required exactly when the build has those programs.
#
#   check-install-layout.sh BUILD_DIR APP_ID HAS_GUI HAS_HELPER HAS_HOSTGATHER
set -eu

build=$1 app_id=$2 has_gui=$3 has_helper=$4 has_gather=$5
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

DESTDIR="$dest" cmake --install "$build" --prefix /usr >"$dest.log" 2>&1 \
    || { cat "$dest.log"; rm -f "$dest.log"; echo "cmake --install failed"; exit 1; }
rm -f "$dest.log"

fail=0
expect() { # expect FILE [executable]
    if [ ! -f "$dest$1" ]; then
        echo "missing: $1"; fail=1
    elif [ "${2:-}" = executable ] && [ ! -x "$dest$1" ]; then
        echo "not executable: $1"; fail=1
    else
        echo "ok: $1"
    fi
}
absent() {
    if [ -e "$dest$1" ]; then echo "unexpected: $1"; fail=1; fi
}

expect /usr/bin/oomlens-cli executable
expect /usr/share/man/man1/oomlens-cli.1
if [ "$has_gui" = 1 ]; then
    expect /usr/bin/oomlens executable
    expect "/usr/share/applications/$app_id.desktop"
    expect "/usr/share/metainfo/$app_id.metainfo.xml"
    expect "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    expect "/usr/share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
    expect /usr/share/man/man1/oomlens.1
else
    echo "note: no oomlens target in this build: GUI files not expected"
    absent "/usr/share/applications/$app_id.desktop"
fi
if [ "$has_helper" = 1 ]; then
    expect /usr/libexec/oomlens/oomlens-helper executable
    expect /usr/share/man/man8/oomlens-helper.8
else
    echo "note: no oomlens-helper target in this build: helper files not expected"
fi
if [ "$has_gather" = 1 ]; then
    expect /usr/libexec/oomlens-hostgather executable
fi
# Nothing may land outside /usr (no /etc, no /usr/local) or in a build-tree path.
stray=$(cd "$dest" && find . -mindepth 1 -maxdepth 1 ! -name usr)
if [ -n "$stray" ]; then echo "outside /usr: $stray"; fail=1; fi
[ "$fail" -eq 0 ] && echo "install layout OK ($(cd "$dest" && find . -type f | wc -l) files)"
exit "$fail"
