#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
#
# The distributions' own validators over the desktop file and the metainfo (ctest:
# desktop_file_validate, appstream_validate). Exit 77 (ctest: skipped) with the install
# command when a validator is missing.
#
#   validate-metadata.sh desktop FILE.desktop
#   validate-metadata.sh appstream FILE.metainfo.xml
set -eu

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "SKIP: $1 is not installed (Debian: apt-get install $2)"
        exit 77
    fi
}

case "${1:-}" in
desktop)
    need desktop-file-validate desktop-file-utils
    # Prints hints too; any output other than a hint is an error or a warning.
    out=$(desktop-file-validate "$2" 2>&1) || { echo "$out"; exit 1; }
    echo "$out"
    if echo "$out" | grep -v ': hint: ' | grep -q .; then exit 1; fi
    echo "$2: desktop-file-validate clean"
    ;;
appstream)
    need appstreamcli appstream
    # Flathub treats warnings as errors: fail on E: and W:. Infos and pedantic notes are
    # printed for the reader; two are expected and cannot be avoided:
    # - cid-contains-uppercase-letter: the app id io.github.oomlens.OOMLens is fixed
    #   (Wayland app id, D-Bus, Flathub); reverse-DNS ids with capitals are accepted.
    # - unknown-tag developer (appstream < 1.0, Debian 12): <developer id> is the 1.0 form
    #   Flathub asks for; 0.16 does not know it yet and only informs.
    status=0
    out=$(appstreamcli validate --no-net --pedantic "$2" 2>&1) || status=$?
    echo "$out"
    if echo "$out" | grep -Eq '^[EW]: '; then exit 1; fi
    [ "$status" -eq 0 ] || exit 1
    ;;
*)
    echo "usage: $0 desktop|appstream FILE" >&2
    exit 64
    ;;
esac
