#!/bin/sh
# bench/core/run.sh BUILD_DIR: the core benchmark (issue 2).
#
# Generates 10,000 synthetic unit-years (bench/core/gen_units.py; cached in
# BUILD_DIR/bench-data until the generator changes), then, one after the
# other on the same files:
#   ziping  BUILD_DIR/bench/bench_core: load + derive + validate + score
#   peer    Python 3 + PyYAML (LibYAML's C parser): parse only
# and prints both figures and their ratio in one table. Builds nothing:
# `make bench` builds bench_core first.
#
# Environment: BENCH_UNITS (default 10000) files to generate; PYTHON the
# interpreter (default Debian's /usr/bin/python3, which has python3-yaml).
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
n=${BENCH_UNITS:-10000}
bench_core=$build/bench/bench_core

if [ ! -x "$bench_core" ]; then
    echo "core: $bench_core not found; build it first (make bench, or cmake --build $build)" >&2
    exit 1
fi
if [ -z "${PYTHON:-}" ]; then
    # Debian's interpreter goes with Debian's python3-yaml
    # (scripts/debian-packages.txt); another python3 on PATH may lack it.
    if [ -x /usr/bin/python3 ]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi

# The files, keyed by the generator's checksum so that a changed generator
# means new files; older sets are removed.
sum=$(cksum < "$here/gen_units.py" | cut -d' ' -f1)
data=$build/bench-data/core-$n-$sum
if [ ! -f "$data/defects.txt" ]; then
    rm -rf "$build"/bench-data/core-*
    mkdir -p "$build/bench-data"
    "$PYTHON" "$here/gen_units.py" "$data.tmp" -n "$n"
    mv "$data.tmp" "$data"
fi
# Read every file once so that neither side pays for a cold page cache.
find "$data" -name '*.yaml' -exec cat {} + > /dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# GNU time (Debian package `time`) gives each process's peak memory as the
# kernel saw it; without it the programs' own getrusage figures stand alone.
timev=
if [ -x /usr/bin/time ] && /usr/bin/time -v true > /dev/null 2>&1; then
    timev=1
fi
run() { # NAME COMMAND...: output to $tmp/NAME.out, GNU time's to $tmp/NAME.time
    name=$1
    shift
    status=0
    if [ -n "$timev" ]; then
        /usr/bin/time -v -o "$tmp/$name.time" "$@" > "$tmp/$name.out" || status=$?
    else
        "$@" > "$tmp/$name.out" || status=$?
    fi
    return "$status"
}
get() { # NAME KEY: the value of a "key value" line
    awk -v k="$2" '$1 == k { sub(/^[^ ]+ /, ""); print; exit }' "$tmp/$1.out"
}
time_rss() { # NAME: GNU time's maximum resident set size in MB, or "-"
    if [ -f "$tmp/$1.time" ]; then
        awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$tmp/$1.time"
    else
        printf -- "-"
    fi
}

core_status=0
run ziping "$bench_core" "$data" || core_status=$?
if [ "$core_status" -ge 2 ]; then
    echo "core: bench_core failed (exit $core_status)" >&2
    exit 1
fi
if ! run peer "$PYTHON" "$here/peer_yaml.py" "$data"; then
    echo "core: the peer failed; is python3-yaml installed? (scripts/install-deps.sh)" >&2
    exit 1
fi

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
size=$(du -sh "$data" | cut -f1)
echo "core: $(get ziping files) synthetic unit-years ($size, bench/core/gen_units.py), $(date +%Y-%m-%d)"
echo "      ${cpu:-unknown CPU}, $(nproc) CPUs; both sides single-threaded"
echo
printf '%-46s %8s %9s %9s %10s %10s\n' "" "seconds" "units/s" "us/unit" "peak MB" "(time -v)"
printf '%-46s %8s %9s %9s %10s %10s\n' "ziping: load+derive+validate+score" \
    "$(get ziping seconds)" "$(get ziping units_per_second)" "$(get ziping us_per_unit)" \
    "$(get ziping peak_rss_mb)" "$(time_rss ziping)"
printf '%-46s %8s %9s %9s %10s %10s\n' "peer: Python PyYAML, parse only" \
    "$(get peer seconds)" "$(get peer units_per_second)" "$(get peer us_per_unit)" \
    "$(get peer peak_rss_mb)" "$(time_rss peer)"
ratio=$(awk -v a="$(get ziping units_per_second)" -v b="$(get peer units_per_second)" \
    'BEGIN { printf "%.2f", a / b }')
printf '%-46s %8s %9s\n' "ratio (ziping units/s / peer units/s)" "" "${ratio}x"
echo
echo "ziping stages, seconds: load $(get ziping stage_load_seconds)," \
    "derive $(get ziping stage_derive_seconds), validate $(get ziping stage_validate_seconds)," \
    "framework $(get ziping stage_framework_seconds) ($(get ziping frameworks_loaded) loads)," \
    "score $(get ziping stage_score_seconds), check $(get ziping stage_check_seconds)"
expected=$(cat "$data/defects.txt")
echo "ziping findings: $(get ziping errors) errors in $(get ziping files_with_errors) files" \
    "($expected made inconsistent on purpose), $(get ziping warnings) warnings," \
    "$(get ziping refused) files refused"
echo "peer: $(get peer loader), Python $(get peer python); it parses each file into Python" \
    "objects and does nothing else (no derive, validate or score)"
if [ "$(get ziping files_with_errors)" != "$expected" ] || [ "$(get ziping refused)" != 0 ]; then
    echo "core: NOTE: files with errors or refused files differ from what the generator made;" \
        "check gen_units.py against the library" >&2
    exit 1
fi
