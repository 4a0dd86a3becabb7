#!/usr/bin/env bash
# Installs what is missing, builds, creates a demo database if there is none, and starts the
# workstation on it (Chinese UI; pass --lang en for English).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
DB=${JIAYI_DEMO_DB:-$HOME/.local/share/jiayi/demo.db}
if [ ! -f "$DB" ]; then
    mkdir -p "$(dirname "$DB")"
    build/app/jiayi-cli demo --db "$DB" --residents "${JIAYI_DEMO_RESIDENTS:-20000}" --seed 1
fi
echo "Demo accounts (demo only): admin, yisheng (doctor), cunyi (village health worker), gongwei (public health); password demo1234"
exec build/app/jiayi --db "$DB" "$@"
