#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# SPDX-FileCopyrightText: 2026 OOM Lens developers
#
# Builds the .deb and installs it into a fresh minimal Debian root, the way an admin would:
# `apt-get install ./oomlens_*.deb`. Then checks that the programs start there:
# `oomlens-cli --version`, `oomlens-cli analyze` on a real OOM report, and `oomlens`
# (offscreen: `--help`, then a start that must still be running after a few seconds with no
# QML or plugin error) when the build has the GUI.
#
#   sudo packaging/test-deb-install.sh            (root: debootstrap, unshare, chroot)
#
# The root is made once with `debootstrap --variant=minbase` and cached (like .ci/run's
# trixie root); it is never modified: each run mounts an overlay on it inside a private
# mount namespace, installs there, and everything vanishes when the namespace ends. The
# downloaded packages and apt's lists are kept between runs in the cache folder.
#
# Environment (all optional):
#   OOMLENS_DEB_SUITE       bookworm (default, Debian 12) or trixie (Debian 13): the root's
#                           release. The .deb must be built on the same release (its
#                           dependencies are computed from the build machine's libraries).
#   OOMLENS_DEB_CACHE       cache folder (default /var/cache/oomlens-ci)
#   OOMLENS_DEB_BUILD_DIR   build tree for the package (default build/deb)
#   OOMLENS_DEB_FILE        an already built .deb: skip the build
#   DEBIAN_MIRROR           mirror for debootstrap and apt (default: the host's)
#   OOMLENS_DEB_KEEP=DIR    copy the installed root's upper layer to DIR for inspection
#
# Measured on the 2-core Debian 12 build machine shared with other builds (load ~20),
# `OOMLENS_DEB_BUILD_DIR=build/dev packaging/test-deb-install.sh` (CLI-only package, 1.6 MB,
# Depends computed: libarchive13, libc6, libgcc-s1, libqt6core6, libstdc++6, libsystemd0,
# libzstd1, zlib1g):
#   debootstrap --variant=minbase bookworm (cold root, once)        341 s
#   build (nothing to rebuild) + cpack                               11 s
#   apt-get update in the root                                        9 s
#   apt-get install ./oomlens_0.1.0_amd64.deb (17.5 MB downloaded)   35 s
#   install + all checks in the root                                 46 s
#   whole script, warm root                                          64 s
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
SUITE=${OOMLENS_DEB_SUITE:-bookworm}
CACHE=${OOMLENS_DEB_CACHE:-/var/cache/oomlens-ci}
ROOT=$CACHE/$SUITE
BUILD=${OOMLENS_DEB_BUILD_DIR:-$SRC/build/deb}
FIXTURE=$SRC/tests/data/reports/015-ubuntu-6.14-memcg-v2-user-scope-rfc3339-cutdown-paren-comm.log

say() { printf '\n==== deb: %s\n' "$*"; }
die() { printf 'deb: error: %s\n' "$*" >&2; exit 1; }
declare -a TIMINGS=()
timed() { # timed "label" command...
    local start=$SECONDS label=$1
    shift
    "$@"
    TIMINGS+=("$(printf '%-44s %4d s' "$label" $((SECONDS - start)))")
}

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, unshare --mount, chroot); run with sudo"
for tool in debootstrap unshare chroot flock cpack; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (Debian: apt-get install debootstrap util-linux cmake)"
done

mirror() {
    if [ -n "${DEBIAN_MIRROR:-}" ]; then echo "$DEBIAN_MIRROR"; return; fi
    local uri=""
    [ -r /etc/apt/sources.list.d/debian.sources ] && uri=$(awk '/^URIs:/ {
        for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' \
        /etc/apt/sources.list.d/debian.sources)
    [ -z "$uri" ] && [ -r /etc/apt/sources.list ] && uri=$(awk '$1 == "deb" {
        for (i = 2; i <= NF; i++) if ($i ~ /^(https?|file):/) { if ($i !~ /security/) {
        print $i; exit } else break } }' /etc/apt/sources.list)
    echo "${uri:-http://deb.debian.org/debian}"
}
MIRROR=$(mirror)

# ---------------------------------------------------------------------------------------
# 1. the package

# A new build tree is configured without tests and benchmarks; an existing one (e.g.
# build/release) is used as it is. Only the installed programs are built.
build_deb() {
    if [ ! -e "$BUILD/CMakeCache.txt" ]; then
        cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DOOMLENS_BUILD_TESTS=OFF -DOOMLENS_BUILD_BENCH=OFF >/dev/null
    fi
    local targets
    targets=$(cmake --build "$BUILD" --target help \
        | sed -n 's/^\(oomlens\|oomlens-cli\|oomlens-helper\|oomlens-hostgather\): .*/\1/p')
    # shellcheck disable=SC2086  # one target per word
    cmake --build "$BUILD" --target $targets
    rm -f "$BUILD"/oomlens_*.deb
    (cd "$BUILD" && cpack -G DEB >/dev/null)
}

if [ -n "${OOMLENS_DEB_FILE:-}" ]; then
    DEB=$(readlink -f "$OOMLENS_DEB_FILE")
else
    say "building the package in $BUILD"
    timed "build + cpack (incremental)" build_deb
    DEB=$(ls "$BUILD"/oomlens_*.deb)
fi
[ -f "$DEB" ] || die "no .deb at $DEB"
say "package: $DEB ($(du -h "$DEB" | cut -f1))"
dpkg-deb --field "$DEB" Package Version Architecture Depends Recommends
# Listed once into a variable: `dpkg-deb --contents | grep -q` would end dpkg-deb with
# SIGPIPE at the first match, and under pipefail the GUI would count as absent.
CONTENTS=$(dpkg-deb --contents "$DEB" | awk '{ print $6 }')
printf '    %s\n' $CONTENTS
HAS_GUI=0
grep -qx '\./usr/bin/oomlens' <<<"$CONTENTS" && HAS_GUI=1

# ---------------------------------------------------------------------------------------
# 2. the cached base root (never modified after debootstrap)

mkdir -p "$CACHE"
exec 9>"$ROOT.lock"
flock 9
if [ ! -e "$ROOT/.debootstrap-ok" ]; then
    findmnt -rn -o TARGET | grep -qF "$ROOT" && die "something is mounted below $ROOT; not deleting it"
    rm -rf "$ROOT"
    say "debootstrap --variant=minbase $SUITE from $MIRROR"
    timed "debootstrap (cold root)" debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR"
    touch "$ROOT/.debootstrap-ok"
fi
mkdir -p "$CACHE/$SUITE-apt/archives/partial" "$CACHE/$SUITE-apt/lists/partial"

# ---------------------------------------------------------------------------------------
# 3. install and start, in an overlay inside a private mount namespace

SCRATCH=$(mktemp -d /var/tmp/oomlens-deb.XXXXXX)
cleanup() { rm -rf "$SCRATCH"; }
trap cleanup EXIT
mkdir -p "$SCRATCH/upper" "$SCRATCH/work" "$SCRATCH/merged" "$SCRATCH/in"
cp "$DEB" "$FIXTURE" "$SCRATCH/in/"
apt-config dump | grep -Ei '^Acquire::(https?|ftp)::Proxy( |::)' >"$SCRATCH/in/01proxy" || true
printf 'deb %s %s main\n' "$MIRROR" "$SUITE" >"$SCRATCH/in/sources.list"

# Runs inside the root. Exits non-zero on the first failed check.
cat >"$SCRATCH/in/inside.sh" <<'INSIDE'
set -eu
cd /tmp/in
step() { printf '\n---- in root: %s\n' "$*"; }
t0=$(date +%s)
step "apt-get update"
apt-get -q update >/dev/null
t1=$(date +%s)
step "apt-get install ./$(ls oomlens_*.deb)"
apt-get install -y -q ./oomlens_*.deb >apt.log 2>&1 || { tail -40 apt.log; exit 1; }
grep -E '^(Need to get|After this operation)' apt.log || true
t2=$(date +%s)
echo "timing: apt-get update $((t1 - t0)) s, apt-get install $((t2 - t1)) s"

step "no library is missing"
for f in /usr/bin/oomlens* /usr/libexec/oomlens* /usr/libexec/oomlens/*; do
    [ -f "$f" ] || continue
    if ldd "$f" 2>&1 | grep -q 'not found'; then ldd "$f"; echo "FAIL: $f misses a library"; exit 1; fi
    echo "ok: $f"
done

step "oomlens-cli --version"
oomlens-cli --version

step "oomlens-cli analyze (a real memcg v2 OOM report, Ubuntu 6.14)"
out=$(oomlens-cli analyze 015-ubuntu-6.14-memcg-v2-user-scope-rfc3339-cutdown-paren-comm.log)
echo "$out" | head -12
echo "$out" | grep -q "3963629" || { echo "FAIL: the victim (pid 3963629) is not in the report"; exit 1; }
LANG=ja_JP.UTF-8 LANGUAGE=ja oomlens-cli analyze --format markdown 015-ubuntu-6.14-memcg-v2-user-scope-rfc3339-cutdown-paren-comm.log | head -3

if [ -x /usr/bin/oomlens ]; then
    step "oomlens --help (offscreen)"
    QT_QPA_PLATFORM=offscreen oomlens --help
    step "oomlens starts (offscreen, 8 s)"
    status=0
    QT_QPA_PLATFORM=offscreen timeout 8 oomlens >gui.log 2>&1 || status=$?
    cat gui.log
    if [ "$status" -ne 124 ]; then echo "FAIL: oomlens exited with $status before 8 s"; exit 1; fi
    if grep -Eiq 'is not installed|module .* not found|plugin .* not found|Cannot load|failed to load' gui.log; then
        echo "FAIL: oomlens reported a missing QML module or plugin"; exit 1
    fi
    echo "ok: oomlens ran for 8 s"
else
    step "this package has no GUI (built without the oomlens target): GUI checks skipped"
fi
echo "ALL CHECKS PASSED"
INSIDE

say "installing into a fresh $SUITE root (overlay on $ROOT)"
start=$SECONDS
status=0
# shellcheck disable=SC2016  # expanded by the inner shell
unshare --mount --propagation private -- sh -euc '
    ROOT=$1 S=$2 APT=$3
    M=$S/merged
    mount -t overlay overlay -o "lowerdir=$ROOT,upperdir=$S/upper,workdir=$S/work" "$M"
    mount -t proc proc "$M/proc"
    mount --rbind /dev "$M/dev"
    mount --rbind /sys "$M/sys"
    mount -t tmpfs tmpfs "$M/tmp"
    mount --bind "$APT/archives" "$M/var/cache/apt/archives"
    mount --bind "$APT/lists" "$M/var/lib/apt/lists"
    mkdir "$M/tmp/in"
    cp -a "$S/in/." "$M/tmp/in/"
    # Copied, never bind-mounted: a package script must not write the host files.
    cp -L --remove-destination /etc/resolv.conf "$M/etc/resolv.conf"
    cp -L --remove-destination /etc/hosts "$M/etc/hosts"
    cp "$S/in/01proxy" "$M/etc/apt/apt.conf.d/01proxy"
    cp "$S/in/sources.list" "$M/etc/apt/sources.list"
    chroot "$M" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive XDG_RUNTIME_DIR=/tmp/runtime-root \
        http_proxy="${http_proxy:-}" https_proxy="${https_proxy:-}" \
        sh -euc "mkdir -m 700 -p /tmp/runtime-root; sh /tmp/in/inside.sh"
    if [ -n "${OOMLENS_DEB_KEEP:-}" ]; then cp -a "$S/upper/." "$OOMLENS_DEB_KEEP/"; fi
' sh "$ROOT" "$SCRATCH" "$CACHE/$SUITE-apt" || status=$?
TIMINGS+=("$(printf '%-44s %4d s' "install + checks in the root" $((SECONDS - start)))")

say "timings"
printf '  %s\n' "${TIMINGS[@]}"
[ "$(findmnt -rn -o TARGET | grep -cF "$SCRATCH" || true)" -eq 0 ] || die "a mount leaked below $SCRATCH"
[ "$status" -eq 0 ] || die "the package failed in the fresh root (status $status)"
say "OK: $(basename "$DEB") installs into a fresh $SUITE root and starts there (GUI: $HAS_GUI)"
