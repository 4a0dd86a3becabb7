#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (GUI tests offscreen; benchmarks at a
# small smoke size). Full-size benchmarks: see README "Benchmarks".
set -euo pipefail
cd "$(dirname "$0")/.."
# The README on a bare Debian 12 (install step + configure in a cached debootstrap root, < 5 min):
# needs root; skipped inside that root itself (--full) and with JIAYI_SKIP_BARE_CHECK=1.
if [ -z "${JIAYI_SKIP_BARE_CHECK:-}" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        scripts/bare-debian-check.sh
    elif sudo -n true 2>/dev/null; then
        sudo scripts/bare-debian-check.sh
    else
        echo "test.sh: bare Debian 12 check SKIPPED (needs root or sudo; see docs/deployment.md)" >&2
    fi
fi
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)" --timeout 600
