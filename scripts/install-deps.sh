#!/usr/bin/env bash
# Installs what Jiayi needs to build, run and test on Debian 12, by package name.
# Only the missing packages are installed, so a second run costs nothing.
# Proved on a bare debootstrap root by scripts/bare-debian-check.sh (run by scripts/test.sh):
# a package that only happens to be on the development machines is caught there.
# libqt6opengl6-dev: Debian's Qt6Charts CMake package needs Qt6OpenGL, which qt6-charts-dev
# does not pull in.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    libsqlite3-dev sqlite3 libssl-dev openssl
    libquazip1-qt6-dev libxlsxwriter-dev libcpp-httplib-dev libqrencode-dev
    fonts-noto-cjk fonts-dejavu-core xvfb xauth poppler-utils
    faketime zlib1g-dev
    postgresql-15 libpq-dev   # the platform's PostgreSQL store and its tests (initdb, pg_ctl)
    python3 clang-format-14   # tests/tools: check_includes, check_translations, check_format
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

# node and npm run the independent FHIR R4 validator of the test suite (tools/fhir-validate,
# tests/sync/tst_fhirvalidation.cpp). Debian's nodejs is installed only when no node is on the
# PATH at all (a machine with its own node keeps it).
if ! command -v node >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        SUDO="sudo"
    fi
    echo "Installing: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The validator's pinned packages (package-lock.json), once; and the FHIR server we did not write
# that the sync client is tested against (tests/tools/medplum, tst_syncanyserver).
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
for dir in "$ROOT/tools/fhir-validate:@medplum/core" "$ROOT/tests/tools/medplum:@medplum/fhir-router"; do
    path="${dir%%:*}"
    probe="${dir#*:}"
    if command -v npm >/dev/null 2>&1 && [ ! -f "$path/node_modules/$probe/package.json" ]; then
        (cd "$path" && npm ci --no-audit --no-fund --loglevel=error)
    fi
done
