#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
#
# Fails when `clang-format -i` would change any C/C++ file of the repository (.clang-format at
# the top: KDE style, 100 columns). CI runs it in lane 1, with the clang-format of Debian 12
# (14): another major version may lay out a few constructs differently, so the check pins
# the one the files were formatted with. To fix: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v clang-format >/dev/null 2>&1 || { echo "check-format: clang-format not installed (Debian: clang-format)" >&2; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.c')
bad=()
for file in "${files[@]}"; do
    clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done
if [ ${#bad[@]} -gt 0 ]; then
    printf 'check-format: %d file(s) not formatted (clang-format %s):\n' "${#bad[@]}" \
        "$(clang-format --version | grep -o '[0-9][0-9.]*' | head -n 1)" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
