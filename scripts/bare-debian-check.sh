#!/usr/bin/env bash
# Proves the README on a bare Debian 12: makes (once, then cached) a debootstrap minbase root,
# clones this checkout's HEAD into a fresh copy of it, and runs the README's steps there.
#
#   scripts/bare-debian-check.sh            quick: scripts/install-deps.sh + CMake configure
#                                           (run by scripts/test.sh; < 5 min with the cache)
#   scripts/bare-debian-check.sh --package DEB
#                                           apt-get install ./DEB into the bare root, run the
#                                           installed programs, remove the package, check the
#                                           data folder survived (docs/deployment.md)
#   scripts/bare-debian-check.sh --full     scripts/test.sh inside the root (release checks;
#                                           a full build on 2 cores takes a long time)
#
# Needs root (chroot, mounts) and debootstrap (installed with apt-get when missing).
# JIAYI_SKIP_BARE_CHECK=1 makes scripts/test.sh skip it (a machine that cannot chroot).
# Cache: ${JIAYI_CACHE:-~/.cache/jiayi}/bookworm-minbase.tar.zst, apt-archives/ (.debs) and
# apt-lists/ (package indexes), so a rerun downloads almost nothing.
set -euo pipefail

MODE=quick
DEB=""
REV=HEAD
while [ $# -gt 0 ]; do
    case "$1" in
    --full) MODE=full ;;
    --package)
        MODE=package
        DEB=$(realpath "$2")
        shift
        ;;
    --rev)
        REV="$2"
        shift
        ;;
    -h | --help)
        sed -n '2,17p' "$0"
        exit 0
        ;;
    *)
        echo "bare-debian-check: unknown argument $1" >&2
        exit 2
        ;;
    esac
    shift
done

SRC=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${JIAYI_CACHE:-$HOME/.cache/jiayi}
TARBALL=$CACHE/bookworm-minbase.tar.zst
DEBS=$CACHE/apt-archives
LISTS=$CACHE/apt-lists
MIRROR=${JIAYI_DEBIAN_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$CACHE" "$DEBS/partial" "$LISTS/partial"

if [ "$(id -u)" -ne 0 ]; then
    echo "bare-debian-check: needs root (debootstrap, chroot, mounts)" >&2
    exit 2
fi
if ! command -v debootstrap >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap zstd >/dev/null
fi

WORK=$(mktemp -d /var/tmp/jiayi-bare.XXXXXX)
ROOT=$WORK/root
MOUNTS=()
cleanup() {
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount -l "${MOUNTS[i]}" 2>/dev/null || true
    done
    rm -rf --one-file-system "$WORK"
}
trap cleanup EXIT INT TERM

bind() { # bind SOURCE TARGET-INSIDE-ROOT
    mkdir -p "$ROOT$2"
    mount --bind "$1" "$ROOT$2"
    MOUNTS+=("$ROOT$2")
}

# 1. The bare root: debootstrap once, then a tarball.
if [ ! -f "$TARBALL" ]; then
    echo "bare-debian-check: making the bare Debian 12 root (once; cached in $TARBALL)"
    mkdir -p "$WORK/new"
    debootstrap --variant=minbase --cache-dir="$DEBS" bookworm "$WORK/new" "$MIRROR" \
        >"$WORK/debootstrap.log" 2>&1 || {
        tail -20 "$WORK/debootstrap.log" >&2
        exit 1
    }
    rm -f "$WORK/new/var/cache/apt/archives/"*.deb
    tar -C "$WORK/new" --numeric-owner -cf - . | zstd -q -T0 -o "$TARBALL.tmp"
    mv "$TARBALL.tmp" "$TARBALL"
    rm -rf --one-file-system "$WORK/new"
fi
mkdir -p "$ROOT"
zstd -q -dc "$TARBALL" | tar -C "$ROOT" --numeric-owner -xf -

# 2. What a chroot needs; apt's downloads go to the cache, so a rerun downloads nothing.
mount -t proc proc "$ROOT/proc" && MOUNTS+=("$ROOT/proc")
bind /dev /dev
bind /dev/pts /dev/pts
bind "$DEBS" /var/cache/apt/archives
bind "$LISTS" /var/lib/apt/lists
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$ROOT/etc/apt/apt.conf.d/99keep"
# A throwaway root: dpkg need not fsync every file (what Debian's own container images do); the
# set of packages, which is what this check is about, is unchanged.
echo force-unsafe-io >"$ROOT/etc/dpkg/dpkg.cfg.d/99unsafe-io"
# This machine's way to the network (a proxy, a TLS-inspecting proxy's CA) is not part of what
# is checked: pass it on. Nothing else of the host enters the root.
mkdir -p "$ROOT/usr/local/share/ca-certificates"
cp /usr/local/share/ca-certificates/*.crt "$ROOT/usr/local/share/ca-certificates/" 2>/dev/null || true
NET_ENV=()
for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY NODE_EXTRA_CA_CERTS; do
    [ -n "${!v:-}" ] && NET_ENV+=("$v=${!v}")
done
# Concurrent runs share apt's cache folders: one apt at a time (apt does not wait for its locks).
apt_lock() {
    exec 9>"$CACHE/apt.lock"
    flock 9
}
apt_unlock() { flock -u 9; }
in_root() { chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "${NET_ENV[@]}" "$@"; }

# Names what a failed configure lacked: the CMake messages, and for each missing CMake package the
# Debian package that ships its config file (looked up on this machine, which has it installed).
explain() {
    local flat missing name pkg
    echo "bare-debian-check: FAILED on a bare Debian 12 root. What was missing:" >&2
    # CMake wraps its messages: read the log as one line.
    flat=$(tr '\n' ' ' <"$1" | tr -s ' ')
    missing=$( (grep -oE 'dependency [A-Za-z0-9_]+ could not be found' <<<"$flat" | awk '{print $2}'
        grep -oE 'provided by "[A-Za-z0-9_]+"' <<<"$flat" | cut -d'"' -f2
        grep -oE "No package '[^']+' found" <<<"$flat" | cut -d"'" -f2 | sed 's/$/.pc/') |
        sort -u || true)
    if [ -z "$missing" ]; then
        grep -E "CMake Error|Failed to find|not found" "$1" | sed 's/^/  /' | sort -u >&2 || true
        return
    fi
    for name in $missing; do
        case "$name" in
        *.pc) pkg=$(dpkg -S "pkgconfig/$name" 2>/dev/null | cut -d: -f1 | head -1 || true) ;;
        *) pkg=$(dpkg -S "cmake/$name/${name}Config.cmake" 2>/dev/null | cut -d: -f1 | head -1 || true) ;;
        esac
        echo "  missing: $name, in Debian package ${pkg:-<unknown here: apt-file search $name>}; add it to scripts/install-deps.sh" >&2
    done
    grep -oE 'Failed to find required Qt component "[A-Za-z0-9]+"' <<<"$flat" | sort -u |
        sed 's/^/  (/; s/$/)/' >&2 || true
}

if [ "$MODE" = package ]; then
    # 3a. The built package into the bare root, as county IT installs it.
    cp "$DEB" "$ROOT/tmp/"
    name=$(basename "$DEB")
    apt_lock
    in_root apt-get update -qq
    in_root apt-get install -y -qq --no-install-recommends "/tmp/$name" >"$WORK/apt.log" 2>&1 || {
        tail -30 "$WORK/apt.log" >&2
        echo "bare-debian-check: apt-get install ./$name failed on a bare Debian 12 root" >&2
        exit 1
    }
    apt_unlock
    in_root /bin/bash -s <"$SRC/scripts/bare-package-smoke.sh"
    echo "bare-debian-check: package OK (installed, ran, removed; data kept)"
    exit 0
fi

# 3b. The README, as a new user runs it: clone, install step, configure (or the whole test).
git -C "$SRC" rev-parse --verify "$REV^{commit}" >/dev/null
COMMIT=$(git -C "$SRC" rev-parse "$REV")
git clone -q --no-checkout "$SRC" "$ROOT/root/jiayi"
git -C "$ROOT/root/jiayi" checkout -q --detach "$COMMIT"
echo "bare-debian-check: $MODE check of $(git -C "$SRC" log -1 --format='%h %s' "$COMMIT" | cut -c1-70)"
if [ "$MODE" = full ]; then
    in_root JIAYI_SKIP_BARE_CHECK=1 /bin/bash -c 'cd /root/jiayi && scripts/test.sh'
    echo "bare-debian-check: scripts/test.sh passed on a bare Debian 12 root"
    exit 0
fi
apt_lock
if ! in_root /bin/bash -c 'cd /root/jiayi && scripts/install-deps.sh' >"$WORK/install.log" 2>&1; then
    tail -30 "$WORK/install.log" >&2
    echo "bare-debian-check: FAILED: scripts/install-deps.sh did not finish on a bare Debian 12 root" >&2
    exit 1
fi
apt_unlock
if ! in_root /bin/bash -c 'cd /root/jiayi && cmake -S . -B build -G Ninja' >"$WORK/configure.log" 2>&1; then
    tail -40 "$WORK/configure.log" >&2
    explain "$WORK/configure.log"
    exit 1
fi
echo "bare-debian-check: install-deps.sh and CMake configure pass on a bare Debian 12 root"
