#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (GUI tests offscreen; benchmarks at a
# small smoke size). Full-size benchmarks: see README "Benchmarks".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)" --timeout 600
