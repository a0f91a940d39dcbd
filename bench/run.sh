#!/bin/sh
# Run every benchmark: bench/<name>/run.sh BUILD_DIR for each folder that has
# one. Each prints ziping's figures beside a peer's on the same input.
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
for script in "$here"/*/run.sh; do
    [ -x "$script" ] || continue
    echo "== $(basename "$(dirname "$script")") =="
    "$script" "$build"
done
