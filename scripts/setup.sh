#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
#
# The single entry point behind the README's two set-up commands:
#
#   sudo ./scripts/setup.sh run    install what is missing, build `release`, start the app
#                                  on the live system (extra arguments go to the app)
#   sudo ./scripts/setup.sh test   install what is missing, build `asan` (or `dev` without
#                                  clang), run the whole test suite; exit status = ctest's
#
# Supported: Debian 12, Debian 13, Ubuntu 24.04 (any apt-based system is tried).
# Environment:
#   OOMLENS_PRESET    use this CMake preset instead of `release`/`asan`
#   OOMLENS_NO_INSTALL=1  skip the package step (for a machine you manage yourself)
#   OOMLENS_WARNINGS_AS_ERRORS=1  compile with -Werror (CI sets it; a warning that a newer
#                     compiler adds must not stop a user's build, so it is off otherwise)
#   OOMLENS_REQUIRE_KF6=1  fail the configure step without KF6 SyntaxHighlighting (CI's
#                     Debian 13 lane, where the distribution has it)
#
# Packages are installed only when dpkg says one is missing, so a second run is fast and
# needs no network. When run through sudo by a user who owns the checkout, the build runs
# as that user, so no root-owned files end up in their tree.
set -euo pipefail

SRC_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

# Everything the build, the tests and the app need, by Debian/Ubuntu package name.
# fonts-noto-cjk: the UI and reports speak Japanese and Chinese; fonts-dejavu-core: a Latin
# font for offscreen GUI tests (without any font, charts render as empty boxes and no test
# notices). zstd … gzip: the decompressors that the benchmarks compare against and that the
# tests use to make compressed fixtures. zlib1g-dev: gzip is read through zlib (libarchive
# drops the last block before a cut); libzstd-dev: zstd through libzstd (faster than
# libarchive's filter). zip, systemd-journal-remote: the tests build zip
# archives and binary journal files with the real tools. util-linux: setpriv,
# runuser for the tests that run as user nobody. polkitd, dbus-daemon, dbus-bin: the
# helper's tests run the real polkitd and a real system bus (dbus-send is their client).
REQUIRED_PACKAGES=(
    g++ clang cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
    qml6-module-qtquick-controls qml6-module-qtcharts qml6-module-qttest
    # The memory views (OomLens.Memory/Charts): the QML modules they import at run time
    # (Debian 12's controls package does not pull in templates, window or layouts; every
    # QtQuick import needs workerscript) and qmllint with the QtQml.Models types it checks
    # C++ models against.
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-layouts
    qml6-module-qtqml-workerscript qml6-module-qtqml-models qt6-declarative-dev-tools
    libarchive-dev libsystemd-dev zlib1g-dev libzstd-dev
    zstd xz-utils bzip2 lz4 gzip zip systemd-journal-remote util-linux
    polkitd dbus-daemon dbus-bin
    fonts-noto-cjk fonts-dejavu-core
    # The app's QML imports at run time (Debian 12's qml6-module-qtquick-controls pulls in
    # none of templates, window, layouts; any `import QtQuick` needs workerscript; the
    # non-native FileDialog needs folderlistmodel), qmllint (declarative-dev-tools, and
    # qtqml-models for C++ models), and the start benchmark's `qml` viewer and X server.
    qml6-module-qtquick qml6-module-qtqml qml6-module-qtqml-workerscript
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-layouts
    qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qml6-module-qtqml-models
    qt6-declarative-dev-tools qml-qt6 xvfb xdotool
    # The packaging checks (ctest desktop_file_validate, appstream_validate,
    # packaging_metadata, flatpak_manifest): the distributions' validators and YAML.
    desktop-file-utils appstream python3 python3-yaml
    # CPack's Debian generator (`cpack -G DEB`, packaging/test-deb-install.sh): it runs
    # `file` and dpkg-dev's dpkg-shlibdeps to compute the package's Depends.
    file dpkg-dev
)

# What the app loads at run time (QML modules, Qt plugins, Qt's own translations, CJK fonts):
# one list, shared with the .deb's Depends/Recommends (packaging/runtime-packages.txt). All of
# it is needed here: the app runs from the build tree, and the tests load Qt's catalogues.
while read -r pkg _; do
    case "$pkg" in '' | '#'*) continue ;; esac
    REQUIRED_PACKAGES+=("$pkg")
done <"$SRC_DIR/packaging/runtime-packages.txt"

# Installed when the distribution has them (checked against apt's package lists):
# - KF6 SyntaxHighlighting: Debian 13 has it, Debian 12 does not (the app builds without).
# - libclang-rt-dev: clang's sanitizer and libFuzzer runtimes (`-fsanitize=fuzzer`).
#   `clang` only *recommends* it, and we install without recommends. The llvm-defaults
#   package follows the distribution's default clang (14 on Debian 12, 19 on Debian 13,
#   18 on Ubuntu 24.04); the versioned name is the fallback for systems without it.
OPTIONAL_PACKAGES=(libkf6syntaxhighlighting-dev libclang-rt-dev)

# Messages go to stderr, bold only on a terminal (CI logs stay plain).
if [ -t 2 ]; then BOLD=$'\033[1m' RED=$'\033[1;31m' PLAIN=$'\033[0m'; else BOLD="" RED="" PLAIN=""; fi
# The seconds since start show where a slow run spends its time.
log() { printf '%ssetup [%ds]:%s %s\n' "$BOLD" "$SECONDS" "$PLAIN" "$*" >&2; }
die() { printf '%ssetup: error:%s %s\n' "$RED" "$PLAIN" "$*" >&2; exit 1; }

usage() {
    cat >&2 <<'EOF'
Usage: sudo ./scripts/setup.sh run [ARGS...]   install, build (release), start OOM Lens
       sudo ./scripts/setup.sh test            install, build (asan), run the test suite
Environment: OOMLENS_PRESET=<preset> overrides the CMake preset; OOMLENS_NO_INSTALL=1 skips
the package step.
EOF
    exit 64
}

# ---------------------------------------------------------------------------------------
# Privileges

# Runs a command as root: directly when we are root, else through sudo. Only the package
# step needs this; building and testing do not.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -- "$@"
    else
        die "installing packages needs root, and sudo is not installed.
Run the same command as root instead, e.g.:  su -c '$SRC_DIR/scripts/setup.sh ${MODE:-run}'
(or install sudo first as root:  apt-get install sudo)"
    fi
}

# The user who owns the checkout. Under `sudo`, building as root would leave root-owned
# files in a user's tree that their next `cmake --build` cannot overwrite, so the build runs
# as the checkout's owner. Empty when no change of user is needed or possible (we are not
# root, the tree belongs to root, or the owner has no name here, e.g. inside CI's chroot).
BUILD_USER=""
pick_build_user() {
    [ "$(id -u)" -eq 0 ] || return 0
    local owner
    owner=$(stat -c %U "$SRC_DIR")
    if [ "$owner" != root ] && [ "$owner" != UNKNOWN ] && command -v runuser >/dev/null 2>&1; then
        BUILD_USER=$owner
    fi
}

# Runs a command as the build user (see pick_build_user), keeping the environment (the
# preset choice, CMAKE_BUILD_PARALLEL_LEVEL, proxies) but with that user's HOME, so ccache
# writes into their cache.
as_builder() {
    if [ -n "$BUILD_USER" ]; then
        runuser -u "$BUILD_USER" -- env HOME="$(getent passwd "$BUILD_USER" | cut -d: -f6)" "$@"
    else
        "$@"
    fi
}

# ---------------------------------------------------------------------------------------
# Packages

is_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = installed ]
}

# True when apt's current package lists know a candidate for the package. Reads the local
# lists only (no network), so it may say "no" before the first `apt-get update`.
has_candidate() {
    local candidate
    candidate=$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p' || true)
    [ -n "$candidate" ] && [ "$candidate" != "(none)" ]
}

check_distribution() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        die "this script installs with apt (Debian 12/13, Ubuntu 24.04). On other systems
install these packages' equivalents by hand, then run with OOMLENS_NO_INSTALL=1:
  ${REQUIRED_PACKAGES[*]}"
    fi
    local id="" version=""
    if [ -r /etc/os-release ]; then
        # shellcheck disable=SC1091
        id=$(. /etc/os-release && echo "${ID:-}")
        # shellcheck disable=SC1091
        version=$(. /etc/os-release && echo "${VERSION_ID:-}")
    fi
    case "$id:$version" in
        debian:12 | debian:13 | ubuntu:24.04) ;;
        debian:* | ubuntu:*)
            log "note: ${id} ${version:-testing/unstable} is not one of the tested systems (Debian 12/13, Ubuntu 24.04); trying anyway" ;;
        *) log "note: '${id:-unknown}' is not a tested system; trying apt anyway" ;;
    esac
}

apt_get() {
    # Wait for another apt (e.g. unattended-upgrades) instead of failing on its lock.
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get -q -o DPkg::Lock::Timeout=300 "$@"
}

install_packages() {
    if [ "${OOMLENS_NO_INSTALL:-0}" = 1 ]; then
        log "OOMLENS_NO_INSTALL=1: skipping the package step"
        return
    fi
    check_distribution

    local missing=() pkg
    for pkg in "${REQUIRED_PACKAGES[@]}"; do
        is_installed "$pkg" || missing+=("$pkg")
    done

    local optional=()
    for pkg in "${OPTIONAL_PACKAGES[@]}"; do
        is_installed "$pkg" || optional+=("$pkg")
    done
    # Nothing missing, and nothing optional that apt could offer: done without network.
    if [ ${#missing[@]} -eq 0 ]; then
        local offer=()
        for pkg in "${optional[@]}"; do
            has_candidate "$pkg" && offer+=("$pkg")
        done
        if [ ${#offer[@]} -eq 0 ]; then
            log "all packages present"
            return
        fi
    fi

    log "missing: ${missing[*]:-none}; refreshing package lists"
    apt_get update
    local available=()
    for pkg in "${optional[@]}"; do
        if has_candidate "$pkg"; then
            available+=("$pkg")
        elif [ "$pkg" = libclang-rt-dev ]; then
            # No llvm-defaults package: use the runtime matching the installed clang.
            local versioned
            versioned=$(clang_runtime_package)
            if [ -n "$versioned" ] && ! is_installed "$versioned" && has_candidate "$versioned"; then
                available+=("$versioned")
            fi
        else
            log "note: $pkg is not available on this system (optional)"
        fi
    done
    if [ ${#missing[@]} -eq 0 ] && [ ${#available[@]} -eq 0 ]; then
        log "all required packages present"
        return
    fi
    log "installing: ${missing[*]} ${available[*]}"
    apt_get install -y --no-install-recommends "${missing[@]}" "${available[@]}"
}

# libclang-rt-<major>-dev for the clang that is (or will be) installed, or nothing.
clang_runtime_package() {
    local major=""
    if command -v clang >/dev/null 2>&1; then
        major=$(clang -dumpversion 2>/dev/null | cut -d. -f1 || true)
    else
        # e.g. "Candidate: 1:14.0-55.7~deb12u1" -> 14
        major=$(apt-cache policy clang 2>/dev/null \
            | sed -n 's/^ *Candidate: *\([0-9]*:\)\{0,1\}\([0-9][0-9]*\).*/\2/p' || true)
    fi
    if [ -n "$major" ]; then
        echo "libclang-rt-${major}-dev"
    fi
}

# ---------------------------------------------------------------------------------------
# Build

# True when clang++ can build an ASan+UBSan libFuzzer binary, i.e. the asan preset works.
clang_sanitizers_work() {
    command -v clang++ >/dev/null 2>&1 || return 1
    local probe
    probe=$(mktemp -d)
    printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
        'extern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }' \
        >"$probe/probe.cpp"
    local ok=0
    clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" \
        >/dev/null 2>&1 || ok=1
    rm -rf "$probe"
    return $ok
}

# Picks the CMake preset: OOMLENS_PRESET if set, else `release` for run and `asan` for test
# (or `dev` when clang cannot build sanitized fuzzers here).
choose_preset() {
    if [ -n "${OOMLENS_PRESET:-}" ]; then
        PRESET=$OOMLENS_PRESET
    elif [ "$MODE" = run ]; then
        PRESET=release
    elif clang_sanitizers_work; then
        PRESET=asan
    else
        if command -v clang++ >/dev/null 2>&1; then
            log "clang++ cannot link -fsanitize=fuzzer,address,undefined here (runtime package" \
                "missing?); using the 'dev' preset (gcc, no sanitizers) instead of 'asan'"
        else
            log "clang++ is not installed; using the 'dev' preset (gcc, no sanitizers) instead of 'asan'"
        fi
        PRESET=dev
    fi
    log "preset: $PRESET"
}

configure_and_build() {
    cd "$SRC_DIR"
    # When CMakePresets.json changed since this build tree was configured, configure it
    # afresh: CMake reacts to a changed compiler by deleting its cache and re-running
    # *without* the preset's other variables (sanitizer flags, options), silently.
    local bin_dir stamp sum fresh=()
    bin_dir=$(binary_dir)
    stamp="$bin_dir/.oomlens-presets.sha256"
    sum=$(sha256sum CMakePresets.json | cut -d' ' -f1)
    if [ -e "$bin_dir/CMakeCache.txt" ] && [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
        log "CMakePresets.json changed since $bin_dir was configured: configuring afresh"
        fresh=(--fresh)
    fi
    # Always passed, so a tree configured once by CI does not keep -Werror for a user.
    local strict=(
        "-DOOMLENS_WARNINGS_AS_ERRORS=$([ "${OOMLENS_WARNINGS_AS_ERRORS:-0}" = 1 ] && echo ON || echo OFF)"
        "-DREQUIRE_KF6_SYNTAX=$([ "${OOMLENS_REQUIRE_KF6:-0}" = 1 ] && echo ON || echo OFF)"
    )
    if [ "$PRESET" = ci-trixie ]; then
        strict=() # the preset sets both itself
    fi
    log "configuring (cmake --preset $PRESET ${fresh[*]} ${strict[*]})"
    as_builder cmake --preset "$PRESET" "${fresh[@]}" "${strict[@]}" \
        || die "configure failed (preset $PRESET)"
    # shellcheck disable=SC2016  # expanded by the inner sh
    as_builder sh -c 'echo "$1" >"$2"' sh "$sum" "$stamp"
    # `run` needs only the programs it may start, not the ~100 test and benchmark targets.
    local targets=()
    if [ "$MODE" = run ]; then
        mapfile -t targets < <(as_builder cmake --build --preset "$PRESET" --target help 2>/dev/null \
            | sed -n 's/^\(oomlens\|oomlens-cli\): .*/\1/p' || true)
    fi
    if [ ${#targets[@]} -gt 0 ]; then
        log "building ${targets[*]} (cmake --build --preset $PRESET --target ...)"
        as_builder cmake --build --preset "$PRESET" --target "${targets[@]}" \
            || die "build failed (preset $PRESET)"
    else
        log "building (cmake --build --preset $PRESET)"
        as_builder cmake --build --preset "$PRESET" || die "build failed (preset $PRESET)"
    fi
}

# The build directory of a preset, as CMake resolved it (from the preset file's binaryDir).
binary_dir() {
    case "$PRESET" in
        ci-trixie) echo "$SRC_DIR/build/trixie" ;;
        *) echo "$SRC_DIR/build/$PRESET" ;;
    esac
}

# ---------------------------------------------------------------------------------------
# The two commands

run_tests() {
    cd "$SRC_DIR"
    log "running the test suite (ctest --preset $PRESET)"
    # Offscreen Qt, and a private runtime dir (Qt warns when XDG_RUNTIME_DIR is unset, e.g.
    # under sudo or in CI's chroot).
    local runtime_dir
    runtime_dir=$(mktemp -d)
    local status=0
    as_builder env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime_dir" \
        ctest --preset "$PRESET" --parallel "$(nproc)" || status=$?
    rm -rf "$runtime_dir"
    if [ $status -eq 0 ]; then
        log "test suite passed (preset $PRESET)"
    else
        log "test suite FAILED (preset $PRESET, ctest exit status $status)"
    fi
    return $status
}

# The first executable called NAME under DIR (the layout under src/ may still move).
find_binary() {
    find "$1" -path '*/CMakeFiles' -prune -o -type f -name "$2" -perm -u+x -print 2>/dev/null \
        | head -n 1 || true
}

# Starts the GUI when it was built and a display is there, else the CLI on the live system.
start_app() {
    local bin_dir gui cli
    bin_dir=$(binary_dir)
    gui=$(find_binary "$bin_dir" oomlens)
    cli=$(find_binary "$bin_dir" oomlens-cli)

    if [ -n "$gui" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
        start_gui "$gui" "$@"
    elif [ -n "$cli" ]; then
        [ -n "$gui" ] && log "no display (DISPLAY/WAYLAND_DISPLAY unset): starting the CLI instead of the GUI"
        log "starting: $cli analyze $*"
        # The CLI keeps this script's privileges: under sudo it can read the kernel log and
        # the journal, which Debian restricts for users (kernel.dmesg_restrict=1). It only
        # reads.
        if [ $# -eq 0 ]; then
            exec "$cli" analyze
        else
            exec "$cli" analyze "$@"
        fi
    else
        die "the build produced neither oomlens nor oomlens-cli under $bin_dir"
    fi
}

# The GUI never runs as root (ARCHITECTURE.md "Privilege model"): under sudo it is started
# as the user who ran sudo, in their graphical session.
start_gui() {
    local gui=$1
    shift
    local user=${SUDO_USER:-}
    if [ "$(id -u)" -eq 0 ] && [ -n "$user" ] && [ "$user" != root ]; then
        local uid
        uid=$(id -u "$user")
        log "starting: $gui (as $user)"
        exec runuser -u "$user" -- env HOME="$(getent passwd "$user" | cut -d: -f6)" \
            XDG_RUNTIME_DIR="/run/user/$uid" "$gui" "$@"
    fi
    [ "$(id -u)" -eq 0 ] && log "note: starting the GUI as root; it is meant to run as a normal user"
    log "starting: $gui"
    exec "$gui" "$@"
}

main() {
    [ $# -ge 1 ] || usage
    MODE=$1
    shift
    case "$MODE" in
        run | test) ;;
        -h | --help | help) usage ;;
        *) usage ;;
    esac
    [ "$MODE" = test ] && [ $# -gt 0 ] && die "'test' takes no arguments"

    install_packages
    pick_build_user
    [ -n "$BUILD_USER" ] && log "building as $BUILD_USER (the owner of $SRC_DIR)"
    choose_preset
    configure_and_build
    if [ "$MODE" = test ]; then
        run_tests
    else
        start_app "$@"
    fi
}

main "$@"
