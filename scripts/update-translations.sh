#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
#
# Brings translations/*.ts up to date with the strings in the code (tr(), qsTr(),
# QT_TR_NOOP). New strings arrive "unfinished": translate them into every language before
# committing (tst_translations fails on an unfinished or missing one).
#
#   scripts/update-translations.sh          update the .ts files
#
# No source locations are stored (-locations none): they would change with every edit of
# an unrelated line. oomlens_en.ts holds only the plural forms ("%n process(es)").
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
LUPDATE=${LUPDATE:-}
if [ -z "$LUPDATE" ]; then
    for candidate in lupdate-qt6 /usr/lib/qt6/bin/lupdate /usr/lib64/qt6/bin/lupdate lupdate; do
        if command -v "$candidate" >/dev/null 2>&1; then LUPDATE=$candidate; break; fi
    done
fi
[ -n "$LUPDATE" ] || { echo "update-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 1; }

cd "$SRC"
dirs=(src)
[ -d qml ] && dirs+=(qml)
common=(-locations none -no-obsolete -source-language en -extensions cpp,h,qml,js)
for language in ja zh_CN zh_TW; do
    "$LUPDATE" "${common[@]}" -target-language "$language" "${dirs[@]}" \
        -ts "translations/oomlens_${language}.ts"
done
"$LUPDATE" "${common[@]}" -pluralonly -target-language en "${dirs[@]}" -ts translations/oomlens_en.ts
