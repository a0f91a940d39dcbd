#!/bin/sh
# Build every fuzz target with clang (libFuzzer + ASan + UBSan) and run each
# for SECONDS seconds (default 20) from its seed corpus in fuzz/corpus/<name>.
# Exits non-zero if any target finds a crash.
set -eu
seconds=${1:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-fuzz"
CC=clang cmake -S "$root" -B "$build" -DZP_FUZZ=ON -DZP_SANITIZE=ON \
    -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" -j 2 >/dev/null
status=0
# libfyaml's own leak on some valid YAML (fuzz/lsan.supp says which)
LSAN_OPTIONS="suppressions=$root/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
for target in "$build"/fuzz/fuzz_*; do
    [ -x "$target" ] || continue
    name=$(basename "$target")
    seeds="$root/fuzz/corpus/${name#fuzz_}"
    work="$build/corpus/$name"
    mkdir -p "$work"
    echo "fuzz: $name for ${seconds}s"
    if ! (cd "$build" && "$target" -max_total_time="$seconds" -max_len=65536 \
            -rss_limit_mb=2048 -timeout=10 -print_final_stats=0 "$work" "$seeds" >"$build/$name.log" 2>&1); then
        echo "fuzz: $name FAILED; see $build/$name.log" >&2
        tail -40 "$build/$name.log" >&2
        status=1
    fi
done
exit $status
