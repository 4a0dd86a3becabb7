#!/usr/bin/env bash
# Fails (naming each file and line) when a tracked (or new, untracked) .cpp/.h is not formatted with the checked-in
# .clang-format. Usage: tools/check_format.sh [CLANG_FORMAT]   (default: clang-format-14, clang-format)
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${1:-$(command -v clang-format-14 || command -v clang-format || true)}
if [ -z "$CLANG_FORMAT" ]; then
    echo "check_format: clang-format not found" >&2
    exit 2
fi
if ! "$CLANG_FORMAT" --version | grep -q 'version 14\.'; then
    echo "check_format: warning: $("$CLANG_FORMAT" --version) is not clang-format 14; results may differ" >&2
fi
list() {
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        # Tracked files and new ones not yet added (so a check before a commit sees them too).
        git ls-files -z --cached --others --exclude-standard -- '*.cpp' '*.h' |
            while IFS= read -r -d "" f; do if [ -f "$f" ]; then printf "%s\0" "$f"; fi; done
    else
        find . -path ./build -prune -o \( -name '*.cpp' -o -name '*.h' \) -printf '%P\0'
    fi | grep -zv '^tools/fhir-validate/node_modules/'
}
count=$(list | tr -cd '\0' | wc -c)
if ! list | xargs -0 -P2 -n40 "$CLANG_FORMAT" --dry-run --Werror; then
    echo "check_format: files above differ from .clang-format; run clang-format -i on them" >&2
    exit 1
fi
echo "check_format: $count files formatted"
